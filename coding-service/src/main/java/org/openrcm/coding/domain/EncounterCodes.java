package org.openrcm.coding.domain;

import java.util.List;

import org.openrcm.events.common.ProcedureLine;

/** An encounter's codes at one moment, as a correction records them before and after. */
public record EncounterCodes(List<String> diagnoses, List<ProcedureLine> procedures) {
}
