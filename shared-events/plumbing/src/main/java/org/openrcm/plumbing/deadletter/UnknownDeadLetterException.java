package org.openrcm.plumbing.deadletter;

/** A replay named a record that is not a dead letter of this service. */
public class UnknownDeadLetterException extends RuntimeException {

    public UnknownDeadLetterException(String message) {
        super(message);
    }
}
