package org.openrcm.plumbing.inbound;

/**
 * The consumer thread was interrupted (the service is shutting down) with a record in hand. The record is neither
 * acknowledged nor dead-lettered: its offset stays uncommitted and it is delivered again after the restart.
 */
public class ConsumptionInterruptedException extends RuntimeException {

    public ConsumptionInterruptedException(String message, Throwable cause) {
        super(message, cause);
    }
}
