package org.openrcm.coding.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.openrcm.coding.domain.ClinicalDocumentation;
import org.openrcm.coding.domain.Encounter;
import org.openrcm.coding.domain.EncounterStatus;
import org.openrcm.coding.edit.EditFinding;
import org.openrcm.events.common.Diagnosis;
import org.openrcm.events.common.ProcedureLine;

/**
 * An encounter as the API shows it: identifiers, status, codes and what the coding edits found, without the
 * demographics or the note.
 */
public record EncounterResponse(String encounterId, String externalId, String patientId, EncounterStatus status,
        LocalDate dateOfService, String placeOfService, List<String> diagnoses, List<ProcedureLine> procedures,
        ClinicalDocumentation documentation, boolean hasNote, List<EditFinding> edits, Instant receivedAt,
        Instant codedAt) {

    public static EncounterResponse of(Encounter encounter) {
        return new EncounterResponse(encounter.id().toString(), encounter.externalId(), encounter.patientId(),
                encounter.status(), encounter.dateOfService(), encounter.placeOfService(),
                encounter.diagnoses().stream().map(Diagnosis::code).toList(), encounter.procedures(),
                encounter.documentation(), encounter.noteText() != null, encounter.editFindings(),
                encounter.receivedAt(), encounter.codedAt());
    }
}
