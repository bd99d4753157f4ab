package org.openrcm.payments.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A payer's remittance advice as this service understands it, whatever format it came in (the JSON API today, an
 * X12 835 later; see {@link RemittanceReader}): one payment (835 BPR and TRN) and the payer's adjudication of each
 * claim it pays (CLP with its CAS adjustments).
 *
 * @param traceNumber   TRN02, the EFT or check trace that identifies the payment
 * @param paymentMethod BPR04: ACH, BOP, CHK, FWT or NON
 * @param paymentAmount BPR02, what the payer actually sent
 */
public record Remittance(String payerId, String payerName, String traceNumber, String paymentMethod,
        LocalDate paymentDate, BigDecimal paymentAmount, List<ClaimRemittance> claims) {

    public Remittance {
        paymentAmount = Money.cents(paymentAmount);
        claims = List.copyOf(claims);
    }
}
