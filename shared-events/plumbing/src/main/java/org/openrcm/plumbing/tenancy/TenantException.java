package org.openrcm.plumbing.tenancy;

/** The request names no tenant, a malformed one, or one this service does not serve. */
public class TenantException extends RuntimeException {

    public enum Reason {
        MISSING, MALFORMED, UNKNOWN
    }

    private final Reason reason;

    public TenantException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
