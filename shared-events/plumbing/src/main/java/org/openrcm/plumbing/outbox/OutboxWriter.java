package org.openrcm.plumbing.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openrcm.events.EventCatalog;
import org.openrcm.events.EventEnvelope;
import org.openrcm.events.EventJson;
import org.openrcm.events.RcmEvent;
import org.openrcm.plumbing.inbound.EventSchemaValidator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import io.agroal.api.AgroalDataSource;

/**
 * Records an event in the outbox table as part of the caller's transaction, so the event exists if and only if the
 * state change it describes was committed. {@link OutboxRelay} publishes it after the commit. The event is checked
 * against its schema first: an invalid one fails the caller's transaction instead of reaching consumers.
 */
@ApplicationScoped
public class OutboxWriter {

    private static final String INSERT = "INSERT INTO outbox (event_id, tenant_id, topic, aggregate_id, event_type,"
            + " source, occurred_at, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private final AgroalDataSource dataSource;
    private final EventSchemaValidator validator;
    private final Event<OutboxAppended> appended;
    private final Clock clock;
    private final String source;

    OutboxWriter(AgroalDataSource dataSource, EventSchemaValidator validator, Event<OutboxAppended> appended,
            Clock clock, @ConfigProperty(name = "rcm.service.name") String serviceName) {
        this.dataSource = dataSource;
        this.validator = validator;
        this.appended = appended;
        this.clock = clock;
        this.source = "/openrcm/" + serviceName;
    }

    /**
     * Appends the event to the outbox within the current transaction; there must be one.
     *
     * @throws InvalidEventException when the event breaks its schema (the message names the violated rules, not
     *                               the values)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope append(RcmEvent event) {
        return appendAll(List.of(event)).get(0);
    }

    /**
     * Appends the events to the outbox within the current transaction, in list order (the order the relay publishes
     * them in), with one JDBC batch: a large remittance announces thousands of events, and a round trip each made
     * them most of its posting time. Every event is checked against its schema before any is written.
     *
     * @return the events' envelopes, in the same order
     * @throws InvalidEventException when an event breaks its schema; then none is written
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<EventEnvelope> appendAll(List<? extends RcmEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        List<EventEnvelope> envelopes = new ArrayList<>(events.size());
        List<String> payloads = new ArrayList<>(events.size());
        for (RcmEvent event : events) {
            EventEnvelope envelope = EventEnvelope.of(event, source, now);
            envelopes.add(envelope);
            payloads.add(validatedJson(event, EventCatalog.of(event.getClass()), envelope));
        }
        // Within a JTA transaction Agroal hands out the connection already enlisted in it (the one Hibernate uses).
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (int i = 0; i < envelopes.size(); i++) {
                EventEnvelope envelope = envelopes.get(i);
                insert.setObject(1, envelope.id());
                insert.setString(2, envelope.tenantId());
                insert.setString(3, EventCatalog.of(events.get(i).getClass()).topic().name());
                insert.setString(4, envelope.subject());
                insert.setString(5, envelope.type());
                insert.setString(6, envelope.source());
                insert.setTimestamp(7, Timestamp.from(envelope.time()));
                insert.setString(8, payloads.get(i));
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write " + envelopes.size() + " events (the first "
                    + envelopes.get(0).type() + ") to the outbox", e);
        }
        // The relay only needs waking once per transaction and type, not once per row.
        envelopes.stream().map(EventEnvelope::type).distinct()
                .forEach(type -> appended.fire(new OutboxAppended(type)));
        return envelopes;
    }

    /* Validates the JSON as written, the same bytes a consumer will read back and validate. */
    private String validatedJson(RcmEvent event, EventCatalog entry, EventEnvelope envelope) {
        try {
            String json = EventJson.mapper().writeValueAsString(event);
            JsonNode tree = EventJson.mapper().readTree(json);
            validator.violations(entry, tree).ifPresent(violations -> {
                throw new InvalidEventException("Refused to publish " + envelope.type() + " " + envelope.id()
                        + ": it breaks its schema: " + violations);
            });
            return json;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not serialize " + envelope.type(), e);
        }
    }
}
