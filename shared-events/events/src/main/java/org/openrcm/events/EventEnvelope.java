package org.openrcm.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The CloudEvents attributes of one event. In Kafka they travel as {@link CloudEventHeaders} (binary mode); the
 * record value is the event's JSON.
 *
 * @param id      unique per event; consumers de-duplicate on it
 * @param type    versioned type, e.g. {@code org.openrcm.claims.ClaimRejected.v1}
 * @param source  the producing service, e.g. {@code /openrcm/claims-service}
 * @param time    when the state change happened
 * @param subject the aggregate id (also the Kafka key)
 * @param tenantId the provider practice
 */
public record EventEnvelope(UUID id, String type, String source, Instant time, String subject, String tenantId) {

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(tenantId, "tenantId");
    }

    /** A new envelope for an event that just happened in {@code source}. */
    public static EventEnvelope of(RcmEvent event, String source, Instant time) {
        return new EventEnvelope(UUID.randomUUID(), EventCatalog.of(event.getClass()).ceType(), source, time,
                event.aggregateId(), event.tenantId());
    }
}
