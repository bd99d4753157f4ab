package org.openrcm.plumbing.inbound;

import org.openrcm.events.EventEnvelope;

/** What a consumer does with one event; runs inside the transaction that also records it in the inbox. */
@FunctionalInterface
public interface EventHandler<T> {

    void handle(EventEnvelope envelope, T event);
}
