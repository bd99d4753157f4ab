package org.openrcm.coding.cac;

import java.util.List;
import java.util.stream.Stream;

/**
 * A code the suggester can propose, with the words that name it and the patients it can apply to.
 *
 * @param sex {@code F} or {@code M} when the code applies to one sex only (O codes, prostate ...), else {@code null}
 * @param minAge youngest age in years the code applies to, {@code null} when open
 * @param maxAge oldest age in years the code applies to, {@code null} when open (P codes: perinatal conditions)
 * @param codeAlso codes always reported with this one (J12.82 COVID-19 pneumonia needs U07.1 COVID-19)
 */
public record VocabularyEntry(String code, String description, List<String> synonyms, String sex, Integer minAge,
        Integer maxAge, List<String> codeAlso) {

    /** Whether the code can apply to this patient; an unknown age or sex never rules a code out. */
    public boolean plausibleFor(Integer ageYears, String patientSex) {
        if (sex != null && ("F".equals(patientSex) || "M".equals(patientSex)) && !sex.equals(patientSex)) {
            return false;
        }
        if (ageYears == null) {
            return true;
        }
        return (minAge == null || ageYears >= minAge) && (maxAge == null || ageYears <= maxAge);
    }

    /** The description first, then the synonyms: each is indexed as its own document. */
    List<String> names() {
        return Stream.concat(Stream.of(description), synonyms.stream()).toList();
    }
}
