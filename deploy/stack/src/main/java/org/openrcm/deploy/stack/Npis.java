package org.openrcm.deploy.stack;

import org.openrcm.events.common.Npi;

/** Valid National Provider Identifiers for made-up providers. */
final class Npis {

    private Npis() {
    }

    /** The NPI made of {@code firstNineDigits} and the check digit that makes it valid. */
    static String withCheckDigit(String firstNineDigits) {
        for (int digit = 0; digit <= 9; digit++) {
            String candidate = firstNineDigits + digit;
            if (Npi.isValid(candidate)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("Not nine digits: " + firstNineDigits);
    }
}
