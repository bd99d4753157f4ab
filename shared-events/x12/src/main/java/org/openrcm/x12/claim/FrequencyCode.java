package org.openrcm.x12.claim;

/** CLM05-3 claim frequency type code. */
public enum FrequencyCode {
  /** 1: original claim. */
  ORIGINAL("1"),
  /** 7: replacement of a prior claim (REF*F8 carries the payer's claim number). */
  REPLACEMENT("7"),
  /** 8: void of a prior claim (REF*F8 carries the payer's claim number). */
  VOID("8");

  private final String code;

  FrequencyCode(String code) {
    this.code = code;
  }

  /** The X12 code. */
  public String code() {
    return code;
  }

  /** True when the payer's original claim number must be sent (REF*F8). */
  public boolean refersToPriorClaim() {
    return this != ORIGINAL;
  }

  /** The frequency for an X12 code, or {@code null} when it is not one we exchange. */
  public static FrequencyCode ofCode(String code) {
    for (FrequencyCode value : values()) {
      if (value.code.equals(code)) {
        return value;
      }
    }
    return null;
  }
}
