package org.openrcm.coding.cac;

import java.util.Map;
import java.util.Optional;

/**
 * ICD-10-CM guideline I.C.9.a: hypertension with heart failure or with chronic kidney disease is coded with the
 * combination category (I11, I12, I13) even when the note does not link them, so a suggested I10 becomes the
 * combination code, with the hypertension mention as its evidence; the heart failure and CKD codes stay.
 */
final class HypertensionCombinations {

    private HypertensionCombinations() {
    }

    /** The combination code for the codes suggested, if hypertension is among them with what it combines with. */
    static Optional<String> combinationFor(Map<String, ?> suggested) {
        boolean hypertension = suggested.containsKey("I10") || suggested.containsKey("I11.9");
        if (!hypertension) {
            return Optional.empty();
        }
        boolean heartFailure = suggested.keySet().stream().anyMatch(code -> code.startsWith("I50."));
        boolean endStage = suggested.containsKey("N18.5") || suggested.containsKey("N18.6");
        boolean kidney = suggested.keySet().stream().anyMatch(code -> code.startsWith("N18."));
        if (heartFailure && kidney && !endStage) {
            return Optional.of("I13.0");
        }
        if (heartFailure && !kidney) {
            return Optional.of("I11.0");
        }
        if (kidney && !heartFailure) {
            return Optional.of(endStage ? "I12.0" : "I12.9");
        }
        return Optional.empty();
    }

    /** The hypertension code that the combination replaces. */
    static String replaced(Map<String, ?> suggested) {
        return suggested.containsKey("I10") ? "I10" : "I11.9";
    }
}
