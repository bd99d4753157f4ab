package org.openrcm.x12.remit;

import java.math.BigDecimal;
import java.util.List;
import org.openrcm.x12.X12Issue;

/**
 * The 835 balancing rules: per service line charge − Σ line CAS = paid; per claim charge − Σ (claim + line) CAS =
 * paid; per transaction set BPR02 = Σ CLP04 − Σ PLB amounts. An imbalance is an ERROR issue with code
 * {@code BAL} (a 999 has no code for balancing) located at the segment that does not balance (SVC, CLP or BPR), with
 * the exact discrepancy in the message.
 */
public final class RemittanceBalance {

  private RemittanceBalance() {
  }

  /** Every imbalance in the remittance (empty when it balances). */
  public static List<X12Issue> check(Remittance835 remittance) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** Σ CLP04 − Σ PLB amounts: what BPR02 should be. */
  public static BigDecimal expectedPayment(Remittance835 remittance) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
