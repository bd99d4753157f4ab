package org.openrcm.claims.domain;

/** A biller asked for something the claim's status does not allow (answered 409 with the reason). */
public class ClaimStateException extends RuntimeException {

    public ClaimStateException(String message) {
        super(message);
    }
}
