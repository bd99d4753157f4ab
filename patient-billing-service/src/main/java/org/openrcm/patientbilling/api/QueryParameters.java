package org.openrcm.patientbilling.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import org.openrcm.patientbilling.domain.BillingException;
import org.openrcm.patientbilling.dunning.HoldKind;

/** Enum values in paths (an unknown one is a 404 naming the values there are) and dates in queries (else a 400). */
final class QueryParameters {

    private QueryParameters() {
    }

    static HoldKind kind(String value) {
        try {
            return HoldKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new BillingException(BillingException.Kind.NOT_FOUND, "not-found", "No hold kind " + value
                    + "; one of " + Arrays.toString(HoldKind.values()));
        }
    }

    /** An optional {@code YYYY-MM-DD} query parameter; anything else is a 400 naming the parameter. */
    static LocalDate date(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BillingException(BillingException.Kind.BAD_REQUEST, "bad-request", "Query parameter " + name
                    + " must be a date YYYY-MM-DD, not " + value);
        }
    }
}
