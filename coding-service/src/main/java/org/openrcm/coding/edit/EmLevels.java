package org.openrcm.coding.edit;

import java.util.Optional;

import org.openrcm.coding.domain.ClinicalDocumentation;
import org.openrcm.coding.domain.ClinicalDocumentation.MdmLevel;

/**
 * Office E/M levels since 2021: chosen by medical decision making or by total time on the date of the encounter,
 * whichever supports the higher level. New patient 99202-99205 (15, 30, 45, 60 minutes), established 99212-99215
 * (10, 20, 30, 40 minutes); 99211 needs neither.
 */
public final class EmLevels {

    /** New or established patient office visits. */
    public enum Family {
        NEW("9920", new int[] {0, 0, 15, 30, 45, 60}), ESTABLISHED("9921", new int[] {0, 0, 10, 20, 30, 40});

        private final String prefix;
        private final int[] minutesForLevel;

        Family(String prefix, int[] minutesForLevel) {
            this.prefix = prefix;
            this.minutesForLevel = minutesForLevel;
        }

        public String code(int level) {
            return prefix + level;
        }

        int levelForMinutes(int minutes) {
            for (int level = 5; level >= 2; level--) {
                if (minutes >= minutesForLevel[level]) {
                    return level;
                }
            }
            return this == ESTABLISHED ? 1 : 0;
        }
    }

    private EmLevels() {
    }

    /** The family of an office E/M code (99202-99205, 99211-99215), or empty for any other code. */
    public static Optional<Family> family(String code) {
        if (code.matches("^9920[2-5]$")) {
            return Optional.of(Family.NEW);
        }
        if (code.matches("^9921[1-5]$")) {
            return Optional.of(Family.ESTABLISHED);
        }
        return Optional.empty();
    }

    public static int level(String code) {
        return code.charAt(4) - '0';
    }

    /**
     * The highest level the documentation supports (0 when a new-patient visit reaches no level), or empty when it
     * documents neither time nor medical decision making.
     */
    public static Optional<Integer> supportedLevel(Family family, ClinicalDocumentation documentation) {
        Integer minutes = documentation.totalMinutes();
        MdmLevel mdm = documentation.mdmLevel();
        if (minutes == null && mdm == null) {
            return Optional.empty();
        }
        int byTime = minutes == null ? 0 : family.levelForMinutes(minutes);
        int byMdm = mdm == null ? 0 : mdm.ordinal() + 2;
        return Optional.of(Math.max(byTime, byMdm));
    }
}
