package org.openrcm.plumbing.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;

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
        EventEnvelope envelope = EventEnvelope.of(event, source, clock.instant());
        EventCatalog entry = EventCatalog.of(event.getClass());
        String payload = validatedJson(event, entry, envelope);
        // Within a JTA transaction Agroal hands out the connection already enlisted in it (the one Hibernate uses).
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, envelope.id());
            insert.setString(2, envelope.tenantId());
            insert.setString(3, entry.topic().name());
            insert.setString(4, envelope.subject());
            insert.setString(5, envelope.type());
            insert.setString(6, envelope.source());
            insert.setTimestamp(7, Timestamp.from(envelope.time()));
            insert.setString(8, payload);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write " + envelope.type() + " to the outbox", e);
        }
        appended.fire(new OutboxAppended(envelope.type()));
        return envelope;
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
