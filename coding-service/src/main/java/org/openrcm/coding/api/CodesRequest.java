package org.openrcm.coding.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.openrcm.events.common.Diagnosis;
import org.openrcm.events.common.ProcedureLine;

/** {@code PUT /encounters/{id}/codes}: a coder's codes for an encounter waiting in review. */
public record CodesRequest(
        @NotEmpty @Size(max = 12) List<@NotNull @Pattern(regexp = CodeFormats.ICD10CM, message = CodeFormats.ICD10CM_MESSAGE) String> diagnoses,
        @NotEmpty @Size(max = 50) List<EncounterRequest.@NotNull @Valid ProcedureDto> procedures) {

    List<Diagnosis> diagnosisList() {
        return diagnoses.stream().map(Diagnosis::new).toList();
    }

    List<ProcedureLine> procedureLines() {
        return procedures.stream().map(EncounterRequest.ProcedureDto::toLine).toList();
    }
}
