package org.openrcm.payments.domain;

/** An action a poster asked for that the object's state does not allow (release what is not held ...): a 409. */
public class WorkflowException extends IllegalStateException {

    public WorkflowException(String message) {
        super(message);
    }
}
