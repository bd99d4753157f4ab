package org.openrcm.payments.remittance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.openrcm.payments.domain.Money;

/**
 * A payer's remittance advice as this service understands it, whatever format it came in (an X12 835 transaction
 * set, the JSON API, a paper EOB keyed in; see {@link RemittanceReader}): one payment (BPR and TRN), the payer's
 * adjudication of each claim it pays (CLP loops) and the provider-level adjustments (PLB).
 *
 * @param payeeId       N1*PE identifier (NPI or tax id): whose account provider-level adjustments post to
 * @param traceNumber   TRN02, the EFT or check trace that identifies the payment
 * @param paymentMethod BPR04: ACH, BOP, CHK, FWT or NON
 * @param paymentAmount BPR02, what the payer actually sent
 */
public record Remittance(String payerId, String payerName, String payeeId, String payeeName, String traceNumber,
        String paymentMethod, LocalDate paymentDate, BigDecimal paymentAmount, List<ClaimRemittance> claims,
        List<ProviderAdjustment> providerAdjustments, RemittanceSource source) {

    public Remittance {
        paymentAmount = Money.cents(paymentAmount);
        claims = List.copyOf(claims);
        providerAdjustments = providerAdjustments == null ? List.of() : List.copyOf(providerAdjustments);
    }
}
