package org.openrcm.simulator.adjudication;

import java.math.BigDecimal;

/**
 * The terms a payer pays a practice under.
 *
 * @param allowedRatio    the share of the billed charge the payer allows; the rest is a contractual write-off (CO-45)
 * @param coinsuranceRate the share of the allowed amount the patient owes (PR-2)
 */
public record PayerContract(String payerName, BigDecimal allowedRatio, BigDecimal coinsuranceRate) {
}
