package org.openrcm.events.common;

import java.util.List;

/**
 * A service line as coded: a CPT or HCPCS code, its modifiers, units and pointers (1-based) into the encounter's
 * diagnosis list, as SV107 carries them.
 */
public record ProcedureLine(String code, List<String> modifiers, int units, List<Integer> diagnosisPointers) {
}
