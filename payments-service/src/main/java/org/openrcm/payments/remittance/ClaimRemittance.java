package org.openrcm.payments.remittance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.openrcm.events.common.Adjustment;
import org.openrcm.payments.domain.Money;
import org.openrcm.payments.domain.ReasonCodes;

/**
 * The payer's adjudication of one claim (835 loop 2100: CLP with its CAS, MIA/MOA, and its service lines).
 *
 * @param patientControlNumber CLP01: the patient control number we sent (CLM01), or our claim id for old claims
 * @param claimStatusCode      CLP02: 1 primary, 2 secondary, 3 tertiary, 4 denied, 19-21 processed and forwarded,
 *                             22 reversal of a previous payment
 * @param adjustments          the claim-level CAS adjustments, all groups, in the payer's order
 * @param lines                the service lines; empty when the payer adjudicated the claim as a whole
 * @param segmentPosition      the CLP segment's position in its transaction set, 0 when not read from X12
 */
public record ClaimRemittance(String patientControlNumber, String claimStatusCode, BigDecimal chargeAmount,
        BigDecimal paidAmount, BigDecimal patientResponsibilityAmount, String payerClaimNumber, List<Cas> adjustments,
        List<ServiceLineRemittance> lines, List<Remark> remarks, int segmentPosition) {

    public static final String DENIED = "4";
    public static final String REVERSAL = "22";
    public static final String PATIENT_RESPONSIBILITY = "PR";
    private static final Set<String> PRIMARY = Set.of("1", "19");
    private static final Set<String> SECONDARY = Set.of("2", "3", "20", "21");

    public ClaimRemittance {
        chargeAmount = Money.cents(chargeAmount);
        paidAmount = Money.cents(paidAmount);
        patientResponsibilityAmount = Money.cents(patientResponsibilityAmount);
        adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
        lines = lines == null ? List.of() : List.copyOf(lines);
        remarks = remarks == null ? List.of() : List.copyOf(remarks);
    }

    public boolean isReversal() {
        return REVERSAL.equals(claimStatusCode);
    }

    public boolean isPrimary() {
        return PRIMARY.contains(claimStatusCode);
    }

    /** A secondary or tertiary payer's adjudication (a crossover): it pays towards what the patient owed. */
    public boolean isSecondary() {
        return SECONDARY.contains(claimStatusCode);
    }

    /**
     * Denied: CLP02 = 4, or nothing paid on the claim and on any line while at least one adjustment carries a denial
     * reason (a claim paid nothing because it all went to the deductible is not denied).
     */
    public boolean isDenial() {
        if (DENIED.equals(claimStatusCode)) {
            return true;
        }
        if (isReversal() || paidAmount.signum() != 0 || lines.stream().anyMatch(l -> l.paidAmount().signum() != 0)) {
            return false;
        }
        return allAdjustments().anyMatch(cas -> !cas.isPatientResponsibility()
                && ReasonCodes.isDenialReason(cas.reasonCode()));
    }

    /** Every CAS of the claim: claim level first, then each line's, in order. */
    public Stream<Cas> allAdjustments() {
        return Stream.concat(adjustments.stream(), lines.stream().flatMap(line -> line.adjustments().stream()));
    }

    /** Every adjustment (claim and lines) as events carry them. */
    public List<Adjustment> eventAdjustments() {
        return allAdjustments().map(Cas::toAdjustment).toList();
    }

    /** The group PR adjustments of claim and lines: the patient's share (deductible, coinsurance, copay ...). */
    public List<Adjustment> patientResponsibility() {
        return allAdjustments().filter(Cas::isPatientResponsibility).map(Cas::toAdjustment).toList();
    }

    /** Every remark, the claim's (MOA/MIA) then each line's (LQ), without repeats. */
    public List<Remark> allRemarks() {
        return Stream.concat(remarks.stream(), lines.stream().flatMap(line -> line.remarks().stream()))
                .distinct().toList();
    }
}
