package org.openrcm.events.common;

/**
 * The National Provider Identifier's own definition: ten digits whose last is a Luhn check digit computed over the
 * card-issuer prefix 80840 followed by the first nine digits.
 */
public final class Npi {

    private static final String PREFIX = "80840";

    private Npi() {
    }

    public static boolean isValid(String npi) {
        if (npi == null || !npi.matches("[0-9]{10}")) {
            return false;
        }
        String digits = PREFIX + npi;
        int sum = 0;
        boolean doubleIt = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubleIt) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }
}
