package org.openrcm.simulator.wire;

import java.math.BigDecimal;

/** One service line of a claim (837P loop 2400); {@code charge} is the line total. */
public record SubmittedLine(int lineNumber, String procedureCode, int units, BigDecimal charge) {
}
