package org.openrcm.simulator.adjudication;

import java.math.BigDecimal;

/**
 * The terms a payer pays a practice under, and its habits.
 *
 * @param allowedRatio       the share of the billed charge the payer allows; the rest is written off (CO-45)
 * @param coinsuranceRate    the share of the allowed amount (after deductible) the patient owes (PR-2)
 * @param officeVisitCopay   a fixed amount the patient owes for an office E/M visit instead of coinsurance (PR-3);
 *                           zero when the plan has no copay
 * @param deductible         what a member of a high-deductible plan pays first on each claim (PR-1)
 * @param deniesAsZeroPay    whether the payer reports a claim whose lines it all denied as processed (CLP02 1) with
 *                           nothing paid, rather than as denied (CLP02 4); real payers do both
 * @param paysPromptPayInterest whether the payer adds interest (PLB L6) for claims it pays late
 */
public record PayerContract(String payerName, BigDecimal allowedRatio, BigDecimal coinsuranceRate,
        BigDecimal officeVisitCopay, BigDecimal deductible, boolean deniesAsZeroPay, boolean paysPromptPayInterest) {
}
