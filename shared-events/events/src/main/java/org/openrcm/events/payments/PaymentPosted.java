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
 * @param codes           every CARC and RARC of the adjudication with its meaning (added in 0.2; absent from older
 *                        events)
 */
public record PaymentPosted(String tenantId, String paymentId, String claimId, String remittanceId, String payerId,
        String payerClaimNumber, String claimStatusCode, BigDecimal chargeAmount, BigDecimal paidAmount,
        BigDecimal patientResponsibilityAmount, List<Adjustment> adjustments, Instant postedAt,
        List<RemittanceCode> codes) implements RcmEvent {

    /** As producers before 0.2 wrote it, without the described codes. */
    public PaymentPosted(String tenantId, String paymentId, String claimId, String remittanceId, String payerId,
            String payerClaimNumber, String claimStatusCode, BigDecimal chargeAmount, BigDecimal paidAmount,
            BigDecimal patientResponsibilityAmount, List<Adjustment> adjustments, Instant postedAt) {
        this(tenantId, paymentId, claimId, remittanceId, payerId, payerClaimNumber, claimStatusCode, chargeAmount,
                paidAmount, patientResponsibilityAmount, adjustments, postedAt, null);
    }

    @Override
    public String aggregateId() {
        return claimId;
    }
}
