package org.openrcm.patientbilling.domain;

/**
 * A request the billing rules refuse, with the problem type it is served as: BAD_REQUEST (400, e.g. a required header
 * missing), NOT_FOUND (404), CONFLICT (409, not
 * possible in the account's current state) or UNPROCESSABLE (422: well-formed but not acceptable, e.g. an
 * Idempotency-Key reused for another payment).
 */
public class BillingException extends RuntimeException {

    public enum Kind {
        BAD_REQUEST(400, "bad-request", "Request is not valid"),
        NOT_FOUND(404, "not-found", "Not found"),
        CONFLICT(409, "conflict", "Not possible in the account's current state"),
        UNPROCESSABLE(422, "unprocessable", "Request cannot be processed");

        public final int status;
        public final String type;
        public final String title;

        Kind(int status, String type, String title) {
            this.status = status;
            this.type = type;
            this.title = title;
        }
    }

    private final Kind kind;
    private final String type;

    public BillingException(Kind kind, String type, String detail) {
        super(detail);
        this.kind = kind;
        this.type = type;
    }

    public static BillingException noAccount(Object accountId) {
        return new BillingException(Kind.NOT_FOUND, "not-found", "No account " + accountId);
    }

    public Kind kind() {
        return kind;
    }

    /** The problem type, e.g. {@code idempotency-key-reused}. */
    public String type() {
        return type;
    }
}
