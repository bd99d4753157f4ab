package org.openrcm.simulator.wire;

import java.math.BigDecimal;
import java.util.List;

/**
 * A payer's adjudication of one claim (835 CLP and its CAS). Balances: charge = paid + the sum of adjustments.
 *
 * @param claimStatusCode CLP02: 1 processed as primary
 */
public record RemittedClaim(String claimId, String claimStatusCode, BigDecimal chargeAmount, BigDecimal paidAmount,
        BigDecimal patientResponsibilityAmount, String payerClaimNumber, List<RemittedAdjustment> adjustments) {
}
