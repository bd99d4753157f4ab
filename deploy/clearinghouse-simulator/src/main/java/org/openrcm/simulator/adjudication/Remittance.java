package org.openrcm.simulator.adjudication;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One payer's payment to one payee with its advice (one 835 transaction set): BPR, TRN, N1*PR, N1*PE, the claims,
 * PLB. Balances by construction: {@link #paymentAmount()} = the claims' payments - the provider adjustments.
 *
 * @param traceNumber TRN02, the EFT trace that matches the bank deposit
 */
public record Remittance(String payerId, String payerName, BillingProvider payee, String traceNumber,
        LocalDate paymentDate, List<RemittedClaim> claims, List<ProviderAdjustment> providerAdjustments) {

    public Remittance {
        claims = List.copyOf(claims);
        providerAdjustments = List.copyOf(providerAdjustments);
        if (paymentAmount(claims, providerAdjustments).signum() < 0) {
            throw new IllegalArgumentException("Remittance " + traceNumber + " would pay a negative amount");
        }
    }

    /** BPR02 */
    public BigDecimal paymentAmount() {
        return paymentAmount(claims, providerAdjustments);
    }

    private static BigDecimal paymentAmount(List<RemittedClaim> claims, List<ProviderAdjustment> providerAdjustments) {
        BigDecimal claimsPaid = claims.stream().map(RemittedClaim::paid).reduce(BigDecimal.ZERO.setScale(2),
                BigDecimal::add);
        BigDecimal adjusted = providerAdjustments.stream().map(ProviderAdjustment::amount)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return claimsPaid.subtract(adjusted);
    }
}
