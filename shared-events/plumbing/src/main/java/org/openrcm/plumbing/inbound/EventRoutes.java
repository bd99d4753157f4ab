package org.openrcm.plumbing.inbound;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.openrcm.events.EventCatalog;
import org.openrcm.events.EventEnvelope;
import org.openrcm.events.RcmEvent;

/** Which handler a consumer runs for which event type; types without a route are skipped. */
public final class EventRoutes {

    record Route<T extends RcmEvent>(EventCatalog entry, Class<T> type, EventHandler<T> handler) {

        void handle(EventEnvelope envelope, RcmEvent event) {
            handler.handle(envelope, type.cast(event));
        }
    }

    private final Map<String, Route<?>> byCeType;

    private EventRoutes(Map<String, Route<?>> byCeType) {
        this.byCeType = Map.copyOf(byCeType);
    }

    public static Builder builder() {
        return new Builder();
    }

    Optional<Route<?>> route(String ceType) {
        return Optional.ofNullable(byCeType.get(ceType));
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
