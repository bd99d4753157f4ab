package org.openrcm.coding.cac;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Corrects a misspelt word of a note to a word of the vocabulary's names one edit away (an insertion, deletion,
 * substitution or transposition; the first letter must match), the most frequent of equally close words. It
 * looks words up by their one-deletion neighbours (symmetric delete), a few hash probes per word, because
 * building a Levenshtein automaton for each unknown word of a note cost more than the whole rest of a suggestion.
 */
final class SpellingCorrector {

    private static final int SHORTEST = 5;

    /** Each vocabulary word and each of its one-deletion neighbours, to the vocabulary words they come from. */
    private final Map<String, List<String>> neighbours = new HashMap<>();
    private final Map<String, Integer> frequency = new TreeMap<>();

    SpellingCorrector(Collection<String> vocabularyWords) {
        for (String word : vocabularyWords) {
            frequency.merge(word, 1, Integer::sum);
        }
        for (String word : frequency.keySet()) {
            if (word.length() < SHORTEST - 1) {
                continue;
            }
            add(word, word);
            for (int i = 0; i < word.length(); i++) {
                add(deleted(word, i), word);
            }
        }
    }

    private void add(String key, String word) {
        List<String> words = neighbours.computeIfAbsent(key, k -> new java.util.ArrayList<>(1));
        if (!words.contains(word)) {
            words.add(word);
        }
    }

    /** The correction of a lower-case word, or empty when it is too short or nothing is one edit away. */
    Optional<String> correct(String word) {
        if (word.length() < SHORTEST || frequency.containsKey(word)) {
            return Optional.empty();
        }
        String best = null;
        for (int i = -1; i < word.length(); i++) {
            List<String> candidates = neighbours.get(i < 0 ? word : deleted(word, i));
            if (candidates == null) {
                continue;
            }
            for (String candidate : candidates) {
                if (candidate.charAt(0) == word.charAt(0) && oneEditApart(word, candidate) && (best == null
                        || frequency.get(candidate) > frequency.get(best)
                        || frequency.get(candidate).equals(frequency.get(best)) && candidate.compareTo(best) < 0)) {
                    best = candidate;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static String deleted(String word, int index) {
        return word.substring(0, index) + word.substring(index + 1);
    }

    /** Whether two different words are one insertion, deletion, substitution or adjacent transposition apart. */
    static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
            return false;
        }
        int prefix = 0;
        while (prefix < Math.min(a.length(), b.length()) && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        if (a.length() != b.length()) {
            String longer = a.length() > b.length() ? a : b;
            String shorter = longer == a ? b : a;
            return longer.substring(prefix + 1).equals(shorter.substring(prefix));
        }
        if (a.substring(prefix + 1).equals(b.substring(prefix + 1))) {
            return true;
        }
        return prefix + 1 < a.length() && a.charAt(prefix) == b.charAt(prefix + 1)
                && a.charAt(prefix + 1) == b.charAt(prefix) && a.substring(prefix + 2).equals(b.substring(prefix + 2));
    }
}
