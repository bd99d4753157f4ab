package org.openrcm.patientbilling.settings;

import java.util.List;
import java.util.Optional;

/**
 * The dunning levels of a practice, in ascending order of age. Level 0 is no dunning; level n is the n-th entry.
 */
public record DunningPolicy(List<DunningLevel> levels) {

    public DunningPolicy {
        levels = List.copyOf(levels);
        for (int i = 1; i < levels.size(); i++) {
            if (levels.get(i).afterDays() <= levels.get(i - 1).afterDays()) {
                throw new IllegalArgumentException("Dunning levels must be in ascending order of afterDays");
            }
        }
    }

    /** The level an account whose oldest open item is {@code ageDays} old is at; 0 under the first level's age. */
    public int levelFor(long ageDays) {
        int level = 0;
        for (int i = 0; i < levels.size(); i++) {
            if (ageDays >= levels.get(i).afterDays()) {
                level = i + 1;
            }
        }
        return level;
    }

    public int lastLevel() {
        return levels.size();
    }

    /** What a statement at {@code level} says; nothing at level 0. */
    public Optional<String> messageOf(int level) {
        return level <= 0 || level > levels.size() ? Optional.empty() : Optional.of(levels.get(level - 1).message());
    }

    /**
     * An account goes to collections when it was already sent the last level's statement and is still at that level:
     * the agency gets it only after the patient saw the final notice.
     */
    public boolean sendsToCollections(int previousLevel, int currentLevel) {
        return lastLevel() > 0 && previousLevel == lastLevel() && currentLevel == lastLevel();
    }
}
