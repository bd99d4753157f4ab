package org.openrcm.x12;

/**
 * The NPI check digit: Luhn over the nine digits prefixed with 80840 (the card issuer prefix of the health industry),
 * so that what we send passes the payer's edit. Re-implemented here because this module depends on StAEDI only.
 */
public final class Npi {

  private Npi() {
  }

  /** True when {@code npi} has ten digits and its check digit matches. */
  public static boolean isValid(String npi) {
    if (npi == null || npi.length() != 10) {
      return false;
    }
    // 80840 contributes a constant 24 to the Luhn sum over the prefixed number.
    int sum = 24;
    for (int i = 0; i < 9; i++) {
      char c = npi.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      int digit = c - '0';
      if (i % 2 == 0) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
    }
    char check = npi.charAt(9);
    return check >= '0' && check <= '9' && (10 - sum % 10) % 10 == check - '0';
  }
}
