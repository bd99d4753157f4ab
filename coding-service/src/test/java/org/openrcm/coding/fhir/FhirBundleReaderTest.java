package org.openrcm.coding.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openrcm.coding.domain.ClinicalDocumentation;

class FhirBundleReaderTest {

    private static final FhirBundleReader READER = new FhirBundleReader();

    @Test
    void readsTheEncounterItsPartiesCodesAndTheBase64Note() {
        FhirEncounterBundle.Parts parts = READER.read(FhirBundles.visit("V-F1", "Follow-up for diabetes."));

        assertThat(parts.externalId()).isEqualTo("V-F1");
        assertThat(parts.dateOfService()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(parts.placeOfService()).isEqualTo("11");
        assertThat(parts.diagnoses()).containsExactly("E119", "I10");
        assertThat(parts.procedures()).containsExactly("99213");
        assertThat(parts.visitType()).isEqualTo(ClinicalDocumentation.VisitType.ESTABLISHED_PATIENT_OFFICE);
        assertThat(parts.totalMinutes()).isEqualTo(25);
        assertThat(parts.note()).isEqualTo("Follow-up for diabetes.");
        assertThat(parts.patient().sex()).isEqualTo("F");
        assertThat(parts.coverage().memberId()).isEqualTo("W123456789");
        assertThat(parts.coverage().groupNumber()).isEqualTo("G42");
        assertThat(parts.provider().npi()).isEqualTo("1234567893");
    }

    @Test
    void aBundleThatDoesNotParseIsReportedWithTheParsersLocation() {
        assertThatThrownBy(() -> READER.read("{\"resourceType\":\"Bundle\",\"entry\":[{\"resource\":"))
                .isInstanceOf(FhirBundleParseException.class).hasMessageContaining("line");
        assertThatThrownBy(() -> READER.read("{\"resourceType\":\"Bundle\",\"type\":\"not-a-bundle-type\"}"))
                .isInstanceOf(FhirBundleParseException.class);
        assertThatThrownBy(() -> READER.read("{\"resourceType\":\"Patient\"}"))
                .isInstanceOf(FhirBundleParseException.class);
    }
}
