package org.openrcm.coding.edit;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.openrcm.coding.codeset.CodeSetSnapshot;
import org.openrcm.coding.domain.ClinicalDocumentation;
import org.openrcm.events.common.ProcedureLine;

/**
 * An encounter's codes and what the edits check them against: the patient's age and sex on the date of service,
 * the documentation, and the code sets in force on that date.
 *
 * @param diagnoses ICD-10-CM codes without the dot, the principal first
 * @param sex       F, M or U
 */
public record EditContext(LocalDate dateOfService, LocalDate birthDate, String sex, List<String> diagnoses,
        List<ProcedureLine> procedures, ClinicalDocumentation documentation, CodeSetSnapshot codeSets) {

    public int ageInYears() {
        return Period.between(birthDate, dateOfService).getYears();
    }
}
