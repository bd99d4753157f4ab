package org.openrcm.payments.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.openrcm.events.common.Adjustment;
import org.openrcm.payments.domain.ClaimPayment;
import org.openrcm.payments.domain.ClaimPaymentStatus;

/**
 * One claim of a remittance and where it stands; {@code holdReason} says why a held one did not balance.
 *
 * @param lineNumber the claim's place in its remittance, from 1
 */
public record ClaimPaymentResponse(String claimPaymentId, String remittanceId, int lineNumber, String claimId,
        String claimStatusCode, String payerClaimNumber, BigDecimal chargeAmount, BigDecimal paidAmount,
        BigDecimal patientResponsibilityAmount, List<Adjustment> adjustments, ClaimPaymentStatus status,
        String holdReason, Instant postedAt) {

    static ClaimPaymentResponse of(ClaimPayment payment) {
        return new ClaimPaymentResponse(payment.id().toString(), payment.remittanceId().toString(),
                payment.lineNumber(), payment.claimId(), payment.claimStatusCode(), payment.payerClaimNumber(),
                payment.chargeAmount(), payment.paidAmount(), payment.patientResponsibilityAmount(),
                payment.adjustments(), payment.status(), payment.holdReason(), payment.postedAt());
    }
}
