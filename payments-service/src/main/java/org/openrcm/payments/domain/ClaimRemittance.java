package org.openrcm.payments.domain;

import java.math.BigDecimal;
import java.util.List;

import org.openrcm.events.common.Adjustment;

/**
 * The payer's adjudication of one claim (835 CLP and its CAS segments).
 *
 * @param claimId         CLP01, our patient control number: the claim id claims-service gave the claim
 * @param claimStatusCode CLP02: 1 primary, 2 secondary, 3 tertiary, 4 denied, 22 reversal of a previous payment
 * @param adjustments     every CAS adjustment of the claim, all groups, in the payer's order
 */
public record ClaimRemittance(String claimId, String claimStatusCode, BigDecimal chargeAmount, BigDecimal paidAmount,
        BigDecimal patientResponsibilityAmount, String payerClaimNumber, List<Adjustment> adjustments) {

    public static final String DENIED = "4";
    public static final String PATIENT_RESPONSIBILITY = "PR";

    public ClaimRemittance {
        chargeAmount = Money.cents(chargeAmount);
        paidAmount = Money.cents(paidAmount);
        patientResponsibilityAmount = Money.cents(patientResponsibilityAmount);
        adjustments = adjustments.stream()
                .map(a -> new Adjustment(a.groupCode(), a.reasonCode(), Money.cents(a.amount()))).toList();
    }

    public boolean isDenial() {
        return DENIED.equals(claimStatusCode);
    }

    /** The group PR adjustments: the patient's share (deductible, coinsurance, copay ...). */
    public List<Adjustment> patientResponsibility() {
        return adjustments.stream().filter(a -> PATIENT_RESPONSIBILITY.equals(a.groupCode())).toList();
    }
}
