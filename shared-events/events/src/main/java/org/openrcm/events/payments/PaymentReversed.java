package org.openrcm.events.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.openrcm.events.RcmEvent;
import org.openrcm.events.common.Adjustment;

/**
 * The payer took back an adjudication it had sent (835 CLP02 = 22): everything posted for it was reversed in the
 * ledger and the claim is open again for follow-up (a corrected claim usually follows on the same or a later ERA).
 *
 * @param paymentId         the reversal (its claim payment)
 * @param reversedPaymentId the claim payment whose posting was reversed
 * @param paidAmount        the payment taken back (positive: what had been paid)
 * @param adjustments       the adjustments taken back, as they had been posted
 */
public record PaymentReversed(String tenantId, String paymentId, String reversedPaymentId, String claimId,
        String remittanceId, String payerId, String payerClaimNumber, BigDecimal paidAmount,
        List<Adjustment> adjustments, Instant reversedAt) implements RcmEvent {

    @Override
    public String aggregateId() {
        return claimId;
    }
}
