package org.openrcm.x12.claim;

import java.util.List;
import org.openrcm.x12.X12Issue;

/**
 * The 837P implementation-guide rules that a schema cannot express (NPI check digits, diagnosis and pointer
 * consistency, CLM02 = Σ SV102, REF*F8 iff frequency 7/8, ...), checked on the model before anything is written.
 * Issues carry the loop, segment and element they are about; their segment position is 0 (nothing written yet).
 */
public final class Claim837Rules {

  private Claim837Rules() {
  }

  /** Every guide rule broken by this claim (empty when it can be sent). */
  public static List<X12Issue> check(Claim837 claim) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** Every guide rule broken by the transaction's header loops (submitter, receiver, BHT) and each of its claims. */
  public static List<X12Issue> check(Claim837Transaction transaction) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
