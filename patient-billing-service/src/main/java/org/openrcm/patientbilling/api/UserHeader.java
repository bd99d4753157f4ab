package org.openrcm.patientbilling.api;

import jakarta.ws.rs.HeaderParam;

import org.openrcm.patientbilling.domain.BillingException;

/**
 * {@code X-User}: who makes an audited change (a hold, a write-off, a refund, a note); the security work replaces it
 * with the caller's token.
 */
public class UserHeader {

    static final String NAME = "X-User";

    @HeaderParam(NAME)
    String user;

    String user() {
        return required(NAME, user);
    }

    /** A required header's value; missing, blank or over 100 characters is a 400 naming the header. */
    static String required(String header, String value) {
        if (value == null || value.isBlank() || value.length() > 100) {
            throw new BillingException(BillingException.Kind.BAD_REQUEST, "missing-header",
                    "Header " + header + " is required (1 to 100 characters)");
        }
        return value;
    }
}
