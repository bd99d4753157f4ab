package org.openrcm.claims.clearinghouse;

/** The clearinghouse did not take a submission. The message names no patient data: it is logged. */
public class ClearinghouseException extends RuntimeException {

    public ClearinghouseException(String message) {
        super(message);
    }

    public ClearinghouseException(String message, Throwable cause) {
        super(message, cause);
    }
}
