package org.openrcm.payments.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.openrcm.events.common.Adjustment;

/**
 * The 835 balancing rules, to the cent. Amounts are only ever added and compared, never multiplied, so no
 * rounding is involved; negative amounts (reversals, recoveries) balance like any other.
 */
public final class RemittanceBalancer {

    private RemittanceBalancer() {
    }

    /**
     * A claim balances when charge = paid + every adjustment (all groups) and its patient responsibility is exactly
     * its group PR adjustments.
     *
     * @return why the claim does not balance, empty when it does
     */
    public static Optional<String> claimImbalance(ClaimRemittance claim) {
        List<String> problems = new ArrayList<>();
        BigDecimal adjusted = Money.sum(claim.adjustments().stream().map(Adjustment::amount));
        BigDecimal accounted = claim.paidAmount().add(adjusted);
        if (claim.chargeAmount().compareTo(accounted) != 0) {
            problems.add("charge %s is not paid %s + adjustments %s (off by %s)".formatted(claim.chargeAmount(),
                    claim.paidAmount(), adjusted, claim.chargeAmount().subtract(accounted)));
        }
        BigDecimal patientShare = Money.sum(claim.patientResponsibility().stream().map(Adjustment::amount));
        if (claim.patientResponsibilityAmount().compareTo(patientShare) != 0) {
            problems.add("patient responsibility %s is not the PR adjustments %s (off by %s)".formatted(
                    claim.patientResponsibilityAmount(), patientShare,
                    claim.patientResponsibilityAmount().subtract(patientShare)));
        }
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
    }

    /**
     * A remittance balances when the payment equals the sum of its claims' paid amounts (provider-level
     * adjustments, 835 PLB, are not taken in yet).
     *
     * @return why the remittance does not balance, empty when it does
     */
    public static Optional<String> remittanceImbalance(Remittance remittance) {
        BigDecimal paid = Money.sum(remittance.claims().stream().map(ClaimRemittance::paidAmount));
        if (remittance.paymentAmount().compareTo(paid) == 0) {
            return Optional.empty();
        }
        return Optional.of("payment amount %s is not the sum of the claims' paid amounts %s (difference %s)"
                .formatted(remittance.paymentAmount(), paid, remittance.paymentAmount().subtract(paid)));
    }
}
