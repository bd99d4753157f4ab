package org.openrcm.coding.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openrcm.events.common.Address;
import org.openrcm.events.common.Coverage;
import org.openrcm.events.common.Diagnosis;
import org.openrcm.events.common.Patient;
import org.openrcm.events.common.ProcedureLine;
import org.openrcm.events.common.Provider;
import org.openrcm.events.common.ValidationIssue;

class EncounterEditsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Test
    void passesAWellFormedEncounter() {
        assertThat(EncounterEdits.check(encounter("1234567893", TODAY, "11", List.of(1, 2)), TODAY)).isEmpty();
    }

    @Test
    void flagsAnNpiFailingItsCheckDigit() {
        assertThat(codes(encounter("1234567890", TODAY, "11", List.of(1)))).containsExactly("INVALID_NPI");
    }

    @Test
    void flagsAServiceDateAfterToday() {
        assertThat(codes(encounter("1234567893", TODAY.plusDays(1), "11", List.of(1))))
                .containsExactly("SERVICE_DATE_IN_FUTURE");
    }

    @Test
    void flagsAnUnknownPlaceOfService() {
        assertThat(codes(encounter("1234567893", TODAY, "98", List.of(1)))).containsExactly("UNKNOWN_PLACE_OF_SERVICE");
    }

    @Test
    void flagsADiagnosisListedTwice() {
        NewEncounter twice = new NewEncounter("V-1", patient(LocalDate.of(1980, 1, 1)), coverage(),
                new Provider("1234567893", "Ann", "Lee"), TODAY, "11",
                List.of(new Diagnosis("E119"), new Diagnosis("E119")), List.of(line(List.of(1))),
                ClinicalDocumentation.NONE, null);
        assertThat(codes(twice)).containsExactly("DUPLICATE_DIAGNOSIS");
    }

    @Test
    void flagsAPatientBornAfterTheService() {
        NewEncounter unborn = new NewEncounter("V-1", patient(TODAY.plusDays(3)), coverage(),
                new Provider("1234567893", "Ann", "Lee"), TODAY, "11", List.of(new Diagnosis("E119")),
                List.of(line(List.of(1))), ClinicalDocumentation.NONE, null);
        assertThat(codes(unborn)).containsExactly("BIRTH_AFTER_SERVICE");
    }

    private static List<String> codes(NewEncounter encounter) {
        return EncounterEdits.check(encounter, TODAY).stream().map(ValidationIssue::code).toList();
    }

    private static NewEncounter encounter(String npi, LocalDate dateOfService, String placeOfService,
            List<Integer> pointers) {
        return new NewEncounter("V-1", patient(LocalDate.of(1980, 1, 1)), coverage(), new Provider(npi, "Ann", "Lee"),
                dateOfService, placeOfService, List.of(new Diagnosis("E119"), new Diagnosis("I10")),
                List.of(line(pointers)), ClinicalDocumentation.NONE, null);
    }

    private static ProcedureLine line(List<Integer> pointers) {
        return new ProcedureLine("99213", List.of(), 1, pointers);
    }

    private static Patient patient(LocalDate birthDate) {
        return new Patient("P-1", "Jo", "Doe", birthDate, "F", new Address("1 Main St", null, "Springfield", "IL",
                "62701"));
    }

    private static Coverage coverage() {
        return new Coverage("BCBS01", "Blue Cross", "M123", null, "18", "CI");
    }
}
