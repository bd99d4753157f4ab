package org.openrcm.simulator.adjudication;

import java.math.BigDecimal;
import java.util.List;

/**
 * The payer's adjudication of one service line (835 loop 2110: SVC, CAS, REF*6R, LQ*HE). Balances:
 * charge - the sum of the adjustments = paid.
 *
 * @param remarks RARC codes (LQ*HE)
 */
public record RemittedLine(PayerClaimLine line, BigDecimal charge, BigDecimal paid, List<Adjustment> adjustments,
        List<String> remarks) {

    public RemittedLine {
        adjustments = List.copyOf(adjustments);
        remarks = List.copyOf(remarks);
        BigDecimal adjusted = adjustments.stream().map(Adjustment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (charge.subtract(adjusted).compareTo(paid) != 0) {
            throw new IllegalArgumentException("Line " + line.lineControlNumber() + " does not balance: charge "
                    + charge + " - adjustments " + adjusted + " != paid " + paid);
        }
    }

    public BigDecimal patientResponsibility() {
        return adjustments.stream().filter(Adjustment::isPatientResponsibility).map(Adjustment::amount)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** Whether the payer paid nothing for the line and said why with a denial reason rather than cost sharing. */
    public boolean denied() {
        return paid.signum() == 0 && adjustments.stream().anyMatch(adjustment ->
                !Adjudicator.CONTRACTUAL_OBLIGATION.equals(adjustment.reasonCode())
                        && !Adjudicator.COST_SHARING.contains(adjustment.reasonCode()));
    }

    RemittedLine negated() {
        return new RemittedLine(line, charge.negate(), paid.negate(),
                adjustments.stream().map(Adjustment::negated).toList(), remarks);
    }

    BigDecimal amountOf(String groupCode, String reasonCode) {
        return adjustments.stream()
                .filter(adjustment -> adjustment.groupCode().equals(groupCode)
                        && adjustment.reasonCode().equals(reasonCode))
                .map(Adjustment::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
