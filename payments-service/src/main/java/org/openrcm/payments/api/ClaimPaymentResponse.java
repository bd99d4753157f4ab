package org.openrcm.payments.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.openrcm.events.common.Adjustment;
import org.openrcm.events.payments.RemittanceCode;
import org.openrcm.payments.denial.DenialStatus;
import org.openrcm.payments.remittance.ClaimPayment;
import org.openrcm.payments.remittance.ClaimPaymentStatus;

/**
 * One claim of a remittance and where it stands; {@code holdReason} says why a held one is held.
 *
 * @param lineNumber           the claim's place in its remittance, from 1
 * @param patientControlNumber CLP01 as the payer sent it
 * @param claimId              our claim it was matched to; null while unmatched
 * @param segmentPosition      the CLP's position in its transaction set, null when not from X12
 * @param codes                every CARC and RARC with its meaning
 * @param lines                the service lines and the claim lines they were matched to
 */
public record ClaimPaymentResponse(String claimPaymentId, String remittanceId, int lineNumber,
        String patientControlNumber, String claimId, String claimStatusCode, String payerClaimNumber,
        BigDecimal chargeAmount, BigDecimal paidAmount, BigDecimal patientResponsibilityAmount,
        List<Adjustment> adjustments, List<RemittanceCode> codes, List<Line> lines, Integer segmentPosition,
        ClaimPaymentStatus status, String holdReason, Instant postedAt, String reversesPaymentId,
        String reversedByPaymentId, DenialStatus denialStatus, String denialReasonCode, String denialNote) {

    /** A service line: its index in the claim payment and our claim line it was matched to (null if none). */
    public record Line(int lineIndex, Integer claimLineNumber) {
    }

    static ClaimPaymentResponse of(ClaimPayment payment) {
        return new ClaimPaymentResponse(payment.id().toString(), payment.remittanceId().toString(),
                payment.lineNumber(), payment.patientControlNumber(), payment.claimId(), payment.claimStatusCode(),
                payment.payerClaimNumber(), payment.chargeAmount(), payment.paidAmount(),
                payment.patientResponsibilityAmount(), payment.adjustments(), payment.codes(),
                payment.lines().stream().map(l -> new Line(l.lineIndex(), l.matchedLineNumber())).toList(),
                payment.segmentPosition(), payment.status(), payment.holdReason(), payment.postedAt(),
                payment.reversesPaymentId() == null ? null : payment.reversesPaymentId().toString(),
                payment.reversedById() == null ? null : payment.reversedById().toString(), payment.denialStatus(),
                payment.denialReasonCode(), payment.denialNote());
    }
}
