package org.openrcm.payments.posting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.openrcm.payments.domain.Money;
import org.openrcm.payments.remittance.Cas;
import org.openrcm.payments.remittance.ClaimRemittance;
import org.openrcm.payments.remittance.ProviderAdjustment;
import org.openrcm.payments.remittance.Remittance;
import org.openrcm.payments.remittance.ServiceLineRemittance;

/**
 * The 835 balancing rules, to the cent. Amounts are only ever added and compared, never multiplied, so no
 * rounding is involved; negative amounts (reversals, recoveries) balance like any other.
 */
public final class RemittanceBalancer {

    private RemittanceBalancer() {
    }

    /**
     * A claim balances when each service line does (charge - its CAS = paid), the claim does (charge - claim CAS -
     * every line's CAS = paid) and its patient responsibility (CLP05) is exactly its group PR adjustments.
     *
     * @return why the claim does not balance, with the exact differences; empty when it does
     */
    public static Optional<String> claimImbalance(ClaimRemittance claim) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < claim.lines().size(); i++) {
            ServiceLineRemittance line = claim.lines().get(i);
            BigDecimal adjusted = Money.sum(line.adjustments().stream().map(Cas::amount));
            BigDecimal accounted = line.paidAmount().add(adjusted);
            if (line.chargeAmount().compareTo(accounted) != 0) {
                problems.add("line %d%s: charge %s is not paid %s + adjustments %s (off by %s)".formatted(i + 1,
                        at(line.segmentPosition()), line.chargeAmount(), line.paidAmount(), adjusted,
                        line.chargeAmount().subtract(accounted)));
            }
        }
        BigDecimal adjusted = Money.sum(claim.allAdjustments().map(Cas::amount));
        BigDecimal accounted = claim.paidAmount().add(adjusted);
        if (claim.chargeAmount().compareTo(accounted) != 0) {
            problems.add("charge %s is not paid %s + adjustments %s (off by %s)".formatted(claim.chargeAmount(),
                    claim.paidAmount(), adjusted, claim.chargeAmount().subtract(accounted)));
        }
        BigDecimal patientShare = Money.sum(claim.allAdjustments().filter(Cas::isPatientResponsibility)
                .map(Cas::amount));
        if (claim.patientResponsibilityAmount().compareTo(patientShare) != 0) {
            problems.add("patient responsibility %s is not the PR adjustments %s (off by %s)".formatted(
                    claim.patientResponsibilityAmount(), patientShare,
                    claim.patientResponsibilityAmount().subtract(patientShare)));
        }
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
    }

    /**
     * A remittance balances when the payment (BPR02) equals the claims' paid amounts (CLP04) less the
     * provider-level adjustments (PLB): a recovery reduces the payment, interest (negative) increases it.
     *
     * @return why the remittance does not balance, with the exact difference; empty when it does
     */
    public static Optional<String> remittanceImbalance(Remittance remittance) {
        BigDecimal paid = Money.sum(remittance.claims().stream().map(ClaimRemittance::paidAmount));
        BigDecimal providerAdjusted = Money.sum(remittance.providerAdjustments().stream()
                .map(ProviderAdjustment::amount));
        BigDecimal expected = paid.subtract(providerAdjusted);
        if (remittance.paymentAmount().compareTo(expected) == 0) {
            return Optional.empty();
        }
        String plb = remittance.providerAdjustments().isEmpty() ? ""
                : " less provider adjustments %s (= %s)".formatted(providerAdjusted, expected);
        return Optional.of("payment amount %s is not the sum of the claims' paid amounts %s%s (difference %s)"
                .formatted(remittance.paymentAmount(), paid, plb, remittance.paymentAmount().subtract(expected)));
    }

    private static String at(int segmentPosition) {
        return segmentPosition > 0 ? " (SVC at segment " + segmentPosition + ")" : "";
    }
}
