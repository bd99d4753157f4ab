package org.openrcm.simulator.wire;

/** A submission that cannot be read, or lacks what adjudication needs; the sender gets a 400. */
public class MalformedSubmissionException extends RuntimeException {

    public MalformedSubmissionException(String message, Throwable cause) {
        super(message, cause);
    }

    public MalformedSubmissionException(String message) {
        super(message);
    }
}
