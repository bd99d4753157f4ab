package org.openrcm.x12;

/** ISA15: whether an interchange carries test or production data. */
public enum UsageIndicator {
  /** Test data. */
  T,
  /** Production data. */
  P
}
