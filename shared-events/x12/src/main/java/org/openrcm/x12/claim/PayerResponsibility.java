package org.openrcm.x12.claim;

/** SBR01: the payer's responsibility sequence for this claim. */
public enum PayerResponsibility {
  /** Primary. */
  P,
  /** Secondary. */
  S,
  /** Tertiary. */
  T
}
