package org.openrcm.plumbing.inbound;

/**
 * A record that can never be processed as it is (missing CloudEvents headers, unparsable JSON, a schema violation,
 * a tenant mismatch). It is not retried: it goes to the dead-letter topic with this message as the reason.
 */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
