package org.openrcm.coding.domain;

import java.time.LocalDate;
import java.util.List;

import org.openrcm.events.common.Coverage;
import org.openrcm.events.common.Diagnosis;
import org.openrcm.events.common.Patient;
import org.openrcm.events.common.ProcedureLine;
import org.openrcm.events.common.Provider;

/** An encounter as a practice submits it, already shape-checked; {@link EncounterEdits} checks its meaning. */
public record NewEncounter(String externalId, Patient patient, Coverage coverage, Provider renderingProvider,
        LocalDate dateOfService, String placeOfService, List<Diagnosis> diagnoses, List<ProcedureLine> procedures) {
}
