package org.openrcm.simulator.wire;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One payer's payment for a set of claims (the JSON stand-in for an 835: BPR, TRN, N1*PR and the CLP loops).
 *
 * @param traceNumber   TRN02, the EFT trace that matches the bank deposit
 * @param paymentAmount BPR02, the sum of the claims' paid amounts
 */
public record Remittance(String payerId, String payerName, String traceNumber, String paymentMethod,
        LocalDate paymentDate, BigDecimal paymentAmount, List<RemittedClaim> claims) {
}
