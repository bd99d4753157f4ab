package org.openrcm.simulator.adjudication;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * A payer's adjudication of a claim, or of the part of it one ERA carries (835 loop 2100: CLP, NM1*QC, MOA and
 * the lines). Its amounts are its lines' sums, so every claim balances when its lines do.
 *
 * @param statusCode   CLP02: 1 processed as primary, 2 as secondary, 4 denied, 22 reversal of a previous payment
 * @param claimRemarks MOA remark codes (e.g. MA15 claim split, MA67 correction to a prior claim)
 */
public record RemittedClaim(PayerClaim claim, String statusCode, String payerClaimNumber, List<RemittedLine> lines,
        List<String> claimRemarks) {

    public static final String PRIMARY = "1";
    public static final String SECONDARY = "2";
    public static final String DENIED = "4";
    public static final String REVERSAL = "22";

    public RemittedClaim {
        lines = List.copyOf(lines);
        claimRemarks = List.copyOf(claimRemarks);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("A remitted claim has at least one line");
        }
    }

    /** CLP03 */
    public BigDecimal charge() {
        return sum(RemittedLine::charge);
    }

    /** CLP04 */
    public BigDecimal paid() {
        return sum(RemittedLine::paid);
    }

    /** CLP05 */
    public BigDecimal patientResponsibility() {
        return sum(RemittedLine::patientResponsibility);
    }

    /** Every line denied, whatever CLP02 says (some payers send a denial as a zero-paid CLP02 1). */
    public boolean denied() {
        return lines.stream().allMatch(RemittedLine::denied);
    }

    /** The same claim taken back (CLP02 22): every amount negated, under the same payer claim number. */
    public RemittedClaim reversal() {
        return new RemittedClaim(claim, REVERSAL, payerClaimNumber, lines.stream().map(RemittedLine::negated).toList(),
                List.of());
    }

    private BigDecimal sum(Function<RemittedLine, BigDecimal> amount) {
        return lines.stream().map(amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
