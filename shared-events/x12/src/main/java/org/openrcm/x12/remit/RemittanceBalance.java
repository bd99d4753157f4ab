package org.openrcm.x12.remit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.openrcm.x12.X12Issue;

/**
 * The 835 balancing rules: per service line charge − Σ line CAS = paid; per claim charge − Σ (claim + line) CAS =
 * paid; per transaction set BPR02 = Σ CLP04 − Σ PLB amounts. An imbalance is an ERROR issue with code {@code BAL}
 * (a 999 has no code for balancing) located at the segment that does not balance (SVC, CLP or BPR), with the exact
 * discrepancy in the message. Amounts are compared exactly; nothing is rounded.
 */
public final class RemittanceBalance {

  private RemittanceBalance() {
  }

  /** Every imbalance in the remittance (empty when it balances). */
  public static List<X12Issue> check(Remittance835 remittance) {
    List<X12Issue> issues = new ArrayList<>();
    String set = remittance.setControlNumber();
    for (ClaimPayment claim : remittance.claims()) {
      BigDecimal adjusted = sum(claim.adjustments());
      for (ServicePayment line : claim.lines()) {
        if (line.charge() == null || line.paid() == null) {
          continue; // reported by the reader as an error of the set
        }
        BigDecimal lineAdjusted = sum(line.adjustments());
        adjusted = adjusted.add(lineAdjusted);
        BigDecimal expected = line.charge().subtract(lineAdjusted);
        if (expected.compareTo(line.paid()) != 0) {
          issues.add(X12Issue.error(set, line.segmentPosition(), "SVC", "2110", 3, 0, "BAL",
              "claim " + claim.patientControlNumber() + " line " + describe(line) + ": charge "
                  + line.charge().toPlainString() + " - adjustments " + lineAdjusted.toPlainString() + " = "
                  + expected.toPlainString() + " but paid is " + line.paid().toPlainString() + " (off by "
                  + line.paid().subtract(expected).toPlainString() + ")"));
        }
      }
      BigDecimal expected = claim.charge().subtract(adjusted);
      if (expected.compareTo(claim.paid()) != 0) {
        issues.add(X12Issue.error(set, claim.segmentPosition(), "CLP", "2100", 4, 0, "BAL",
            "claim " + claim.patientControlNumber() + ": charge " + claim.charge().toPlainString()
                + " - claim and line adjustments " + adjusted.toPlainString() + " = " + expected.toPlainString()
                + " but paid is " + claim.paid().toPlainString() + " (off by "
                + claim.paid().subtract(expected).toPlainString() + ")"));
      }
    }
    if (remittance.payment() != null && remittance.payment().amount() != null) {
      BigDecimal expected = expectedPayment(remittance);
      BigDecimal actual = remittance.payment().amount();
      // BPR03 D (a debit: the provider pays back) carries a positive amount for a negative total
      if ("D".equals(remittance.payment().creditDebitFlag())) {
        actual = actual.negate();
      }
      if (expected.compareTo(actual) != 0) {
        issues.add(X12Issue.error(set, remittance.payment().segmentPosition(), "BPR", null, 2, 0, "BAL",
            "BPR02 " + remittance.payment().amount().toPlainString() + " but claims paid "
                + totalPaid(remittance).toPlainString() + " - provider adjustments "
                + totalProviderAdjustments(remittance).toPlainString() + " = " + expected.toPlainString()
                + " (off by " + actual.subtract(expected).toPlainString() + ")"));
      }
    }
    return issues;
  }

  /** Σ CLP04 − Σ PLB amounts: what BPR02 should be. */
  public static BigDecimal expectedPayment(Remittance835 remittance) {
    return totalPaid(remittance).subtract(totalProviderAdjustments(remittance));
  }

  /** Σ CLP04. */
  public static BigDecimal totalPaid(Remittance835 remittance) {
    return remittance.claims().stream().map(ClaimPayment::paid).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** Σ of every PLB amount. */
  public static BigDecimal totalProviderAdjustments(Remittance835 remittance) {
    return remittance.providerAdjustments().stream().flatMap(p -> p.items().stream())
        .map(ProviderAdjustment.Item::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static BigDecimal sum(List<Adjustment> adjustments) {
    return adjustments.stream().map(Adjustment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static String describe(ServicePayment line) {
    return line.procedure() == null ? "at segment " + line.segmentPosition() : line.procedure().code();
  }
}
