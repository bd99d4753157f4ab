package org.openrcm.payments.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.openrcm.payments.remittance.HoldKind;
import org.openrcm.payments.remittance.PayeeAdjustment;
import org.openrcm.payments.remittance.ReceivedRemittance;
import org.openrcm.payments.remittance.RemittanceStatus;

/**
 * A remittance (one 835 transaction set) as the API shows it, with where it came from, the outcome of each of its
 * claims and its provider-level adjustments. A held one says why ({@code holdKind}, {@code holdReason}: the exact
 * discrepancy, or how it differs from the remittance {@code conflictsWith} that has its trace).
 */
public record RemittanceResponse(String remittanceId, String payerId, String payerName, String payeeId,
        String traceNumber, String paymentMethod, LocalDate paymentDate, BigDecimal paymentAmount,
        RemittanceStatus status, HoldKind holdKind, String holdReason, String conflictsWith, Instant receivedAt,
        String channel, String fileId, String interchangeControlNumber, String transactionSetControlNumber,
        Integer setIndex, List<String> deviations, Instant releasedAt, String releasedBy,
        List<ProviderAdjustmentResponse> providerAdjustments, List<ClaimPaymentResponse> claims) {

    /** A PLB adjustment, posted to the payee's account. */
    public record ProviderAdjustmentResponse(String providerId, String reasonCode, String reference,
            BigDecimal amount, Integer segmentPosition, Instant postedAt) {

        static ProviderAdjustmentResponse of(PayeeAdjustment plb) {
            return new ProviderAdjustmentResponse(plb.providerId(), plb.reasonCode(), plb.reference(), plb.amount(),
                    plb.segmentPosition(), plb.postedAt());
        }
    }

    static RemittanceResponse of(ReceivedRemittance remittance) {
        return new RemittanceResponse(remittance.id().toString(), remittance.payerId(), remittance.payerName(),
                remittance.payeeId(), remittance.traceNumber(), remittance.paymentMethod(), remittance.paymentDate(),
                remittance.paymentAmount(), remittance.status(), remittance.holdKind(), remittance.holdReason(),
                remittance.conflictsWith() == null ? null : remittance.conflictsWith().toString(),
                remittance.receivedAt(), remittance.channel(),
                remittance.fileId() == null ? null : remittance.fileId().toString(),
                remittance.interchangeControlNumber(), remittance.transactionSetControlNumber(),
                remittance.setIndex(), remittance.deviations(), remittance.releasedAt(), remittance.releasedBy(),
                remittance.providerAdjustments().stream().map(ProviderAdjustmentResponse::of).toList(),
                remittance.claims().stream().map(ClaimPaymentResponse::of).toList());
    }
}
