package org.openrcm.claims.clearinghouse;

/**
 * The clearinghouse did not take a submission. Retryable failures (unreachable, a full disk) are tried again; a
 * permanent one (refused as such) fails the batch at once. The message names no patient data: it is logged.
 */
public class ClearinghouseException extends RuntimeException {

    private final boolean retryable;

    public ClearinghouseException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
