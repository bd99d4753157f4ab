package org.openrcm.events.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.openrcm.events.RcmEvent;
import org.openrcm.events.common.Adjustment;

/**
 * A payer's adjudication of one claim was posted to the ledger. Balances: charge = paid + sum of adjustments.
 *
 * @param claimStatusCode CLP02: 1 primary, 2 secondary, 3 tertiary, 4 denied, 22 reversal
 */
public record PaymentPosted(String tenantId, String paymentId, String claimId, String remittanceId, String payerId,
        String payerClaimNumber, String claimStatusCode, BigDecimal chargeAmount, BigDecimal paidAmount,
        BigDecimal patientResponsibilityAmount, List<Adjustment> adjustments, Instant postedAt) implements RcmEvent {

    @Override
    public String aggregateId() {
        return claimId;
    }
}
