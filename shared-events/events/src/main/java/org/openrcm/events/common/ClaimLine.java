package org.openrcm.events.common;

import java.math.BigDecimal;
import java.util.List;

/** A priced claim service line (837P loop 2400). {@code charge} is the line total (fee x units). */
public record ClaimLine(int lineNumber, String procedureCode, List<String> modifiers, int units, BigDecimal charge,
        List<Integer> diagnosisPointers) {
}
