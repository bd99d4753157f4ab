package org.openrcm.plumbing.outbox;

/** Fired when a transaction writes an outbox row; the relay observes it after the commit. */
public record OutboxAppended(String eventType) {
}
