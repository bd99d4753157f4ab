package org.openrcm.coding.cac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class ClinicalVocabularyTest {

    private static final Pattern ICD10CM = Pattern.compile("[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?");
    private final ClinicalVocabulary vocabulary = ClinicalVocabulary.load();

    @Test
    void holdsSeveralHundredWellFormedCodes() {
        assertThat(vocabulary.size()).isGreaterThanOrEqualTo(300);
        assertThat(vocabulary.entries()).allSatisfy(entry -> {
            assertThat(entry.code()).matches(ICD10CM);
            assertThat(entry.description()).isNotBlank();
        });
    }

    @Test
    void pregnancyCodesAreForWomenAndPerinatalCodesForChildren() {
        assertThat(vocabulary.entries()).filteredOn(entry -> entry.code().startsWith("O")).isNotEmpty()
                .allSatisfy(entry -> assertThat(entry.sex()).isEqualTo("F"));
        assertThat(vocabulary.entries()).filteredOn(entry -> entry.code().startsWith("P")).isNotEmpty()
                .allSatisfy(entry -> assertThat(entry.maxAge()).isLessThan(18));
    }

    @Test
    void anUnknownAgeOrSexRulesNothingOut() {
        VocabularyEntry prostate = vocabulary.entry("C61").orElseThrow();
        assertThat(prostate.plausibleFor(null, null)).isTrue();
        assertThat(prostate.plausibleFor(70, "U")).isTrue();
        assertThat(prostate.plausibleFor(70, "F")).isFalse();
    }

    @Test
    void aMalformedLineIsReportedWithItsNumber() {
        String tsv = "# comment\nI10\t\t\tEssential (primary) hypertension\thtn\nE11.9\tType 2 diabetes\n";
        assertThatThrownBy(() -> ClinicalVocabulary.parse(new BufferedReader(new StringReader(tsv))))
                .hasMessageContaining("line 3");
    }

    @Test
    void aCodeReportedWithAnUnknownCodeIsRefused() {
        String tsv = "J12.82\t\t\tPneumonia due to coronavirus disease 2019\tcovid pneumonia\tU07.1\n";
        assertThatThrownBy(() -> ClinicalVocabulary.parse(new BufferedReader(new StringReader(tsv))))
                .hasMessageContaining("U07.1");
    }
}
