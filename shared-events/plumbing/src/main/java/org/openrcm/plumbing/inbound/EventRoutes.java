package org.openrcm.plumbing.inbound;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.openrcm.events.EventCatalog;
import org.openrcm.events.EventEnvelope;
import org.openrcm.events.RcmEvent;

/**
 * Which handler a consumer runs for which event type. Types the consumer has no interest in are skipped; a version
 * it does not route of an event it handles is an error, since acknowledging it would silently lose a state change.
 */
public final class EventRoutes {

    record Route<T extends RcmEvent>(EventCatalog entry, Class<T> type, EventHandler<T> handler) {

        void handle(EventEnvelope envelope, RcmEvent event) {
            handler.handle(envelope, type.cast(event));
        }
    }

    private final Map<String, Route<?>> byCeType;
    private final Set<String> handledEvents;

    private EventRoutes(Map<String, Route<?>> byCeType) {
        this.byCeType = Map.copyOf(byCeType);
        this.handledEvents = byCeType.keySet().stream().map(EventRoutes::unversioned).collect(Collectors.toSet());
    }

    public static Builder builder() {
        return new Builder();
    }

    Optional<Route<?>> route(String ceType) {
        return Optional.ofNullable(byCeType.get(ceType));
    }

    /** True when {@code ceType} has no route but another version of the same event has. */
    boolean isUnroutedVersionOfHandledEvent(String ceType) {
        return !byCeType.containsKey(ceType) && handledEvents.contains(unversioned(ceType));
    }

    /** The routed versions, for the reason given when another version arrives. */
    Set<String> routedTypes() {
        return byCeType.keySet();
    }

    /** {@code org.openrcm.payments.PaymentPosted.v2} → {@code org.openrcm.payments.PaymentPosted}. */
    private static String unversioned(String ceType) {
        return ceType.replaceFirst("\\.v\\d+$", "");
    }

    public static final class Builder {

        private final Map<String, Route<?>> routes = new HashMap<>();

        public <T extends RcmEvent> Builder on(Class<T> eventType, EventHandler<T> handler) {
            EventCatalog entry = EventCatalog.of(eventType);
            routes.put(entry.ceType(), new Route<>(entry, eventType, handler));
            return this;
        }

        public EventRoutes build() {
            return new EventRoutes(routes);
        }
    }
}
