package org.openrcm.payments.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.openrcm.payments.domain.ReceivedRemittance;
import org.openrcm.payments.domain.RemittanceStatus;

/** A remittance as the API shows it, with the outcome of each of its claims. */
public record RemittanceResponse(String remittanceId, String payerId, String payerName, String traceNumber,
        String paymentMethod, LocalDate paymentDate, BigDecimal paymentAmount, RemittanceStatus status,
        String holdReason, Instant receivedAt, List<ClaimPaymentResponse> claims) {

    static RemittanceResponse of(ReceivedRemittance remittance) {
        return new RemittanceResponse(remittance.id().toString(), remittance.payerId(), remittance.payerName(),
                remittance.traceNumber(), remittance.paymentMethod(), remittance.paymentDate(),
                remittance.paymentAmount(), remittance.status(), remittance.holdReason(), remittance.receivedAt(),
                remittance.claims().stream().map(ClaimPaymentResponse::of).toList());
    }
}
