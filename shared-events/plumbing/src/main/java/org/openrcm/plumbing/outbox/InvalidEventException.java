package org.openrcm.plumbing.outbox;

/**
 * A service tried to publish an event that breaks its own schema: a bug, refused before the outbox so the request
 * that caused it fails (500 with a reference) rather than every consumer dead-lettering it later.
 */
public class InvalidEventException extends IllegalStateException {

    public InvalidEventException(String message) {
        super(message);
    }
}
