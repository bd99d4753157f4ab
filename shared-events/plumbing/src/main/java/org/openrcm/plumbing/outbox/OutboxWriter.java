package org.openrcm.plumbing.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openrcm.events.EventCatalog;
import org.openrcm.events.EventEnvelope;
import org.openrcm.events.EventJson;
import org.openrcm.events.RcmEvent;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.agroal.api.AgroalDataSource;

/**
 * Records an event in the outbox table as part of the caller's transaction, so the event exists if and only if the
 * state change it describes was committed. {@link OutboxRelay} publishes it after the commit.
 */
@ApplicationScoped
public class OutboxWriter {

    private static final String INSERT = "INSERT INTO outbox (event_id, tenant_id, topic, aggregate_id, event_type,"
            + " source, occurred_at, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private final AgroalDataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final Clock clock;
    private final String source;

    OutboxWriter(AgroalDataSource dataSource, TransactionSynchronizationRegistry transactions, OutboxRelay relay,
            Clock clock, @ConfigProperty(name = "rcm.service.name") String serviceName) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.relay = relay;
        this.clock = clock;
        this.source = "/openrcm/" + serviceName;
    }

    /** Appends the event to the outbox within the current transaction; there must be one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope append(RcmEvent event) {
        EventEnvelope envelope = EventEnvelope.of(event, source, clock.instant());
        EventCatalog entry = EventCatalog.of(event.getClass());
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
            insert.setString(8, EventJson.mapper().writeValueAsString(event));
            insert.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Could not write " + envelope.type() + " to the outbox", e);
        }
        wakeRelayAfterCommit();
        return envelope;
    }

    private void wakeRelayAfterCommit() {
        if (transactions.getResource(OutboxWriter.class) != null) {
            return;
        }
        transactions.putResource(OutboxWriter.class, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wakeUp();
                }
            }
        });
    }
}
