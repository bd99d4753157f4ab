package org.openrcm.claims.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.openrcm.events.common.ProcedureLine;

/**
 * A coded procedure with the fee the schedule sets for it; {@code fee} is null when the schedule has none.
 *
 * @param lineNumber 1-based, as 837P LX01 numbers service lines
 */
public record PricedLine(int lineNumber, ProcedureLine procedure, BigDecimal fee) {

    private static final BigDecimal UNPRICED = BigDecimal.ZERO.setScale(2);

    public boolean priced() {
        return fee != null;
    }

    /** Fee x units; 0.00 for an unpriced line, which the scrubber holds back from submission. */
    public BigDecimal charge() {
        // Fees are whole cents and units whole numbers, so the scale never rounds anything.
        return priced() ? fee.multiply(BigDecimal.valueOf(procedure.units())).setScale(2, RoundingMode.HALF_UP)
                : UNPRICED;
    }
}
