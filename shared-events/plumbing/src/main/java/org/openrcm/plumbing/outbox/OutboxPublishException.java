package org.openrcm.plumbing.outbox;

/** A batch of outbox rows could not be published; they stay unsent and are retried. */
public class OutboxPublishException extends RuntimeException {

    public OutboxPublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
