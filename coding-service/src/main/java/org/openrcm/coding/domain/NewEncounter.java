package org.openrcm.coding.domain;

import java.time.LocalDate;
import java.util.List;

import org.openrcm.events.common.Coverage;
import org.openrcm.events.common.Diagnosis;
import org.openrcm.events.common.Patient;
import org.openrcm.events.common.ProcedureLine;
import org.openrcm.events.common.Provider;

/**
 * An encounter as a practice submits it (JSON or a FHIR bundle), already shape-checked; {@link EncounterEdits}
 * checks its meaning and the coding edits its codes.
 *
 * @param diagnoses     the superbill's diagnoses (what the provider picked), the principal first; may be empty when
 *                      a note documents the visit
 * @param procedures    the superbill's service lines; may be empty when a note documents the visit
 * @param documentation visit type, total time and medical decision making, as documented
 * @param note          the clinical note text, or null
 */
public record NewEncounter(String externalId, Patient patient, Coverage coverage, Provider renderingProvider,
        LocalDate dateOfService, String placeOfService, List<Diagnosis> diagnoses, List<ProcedureLine> procedures,
        ClinicalDocumentation documentation, String note) {

    public NewEncounter {
        documentation = documentation == null ? ClinicalDocumentation.NONE : documentation;
    }

    /** The same encounter with the diagnoses computer-assisted coding chose from its note. */
    public NewEncounter withDiagnoses(List<Diagnosis> chosen) {
        return new NewEncounter(externalId, patient, coverage, renderingProvider, dateOfService, placeOfService,
                List.copyOf(chosen), procedures, documentation, note);
    }
}
