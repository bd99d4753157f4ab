package org.openrcm.plumbing.inbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.openrcm.events.EventEnvelope;

import io.agroal.api.AgroalDataSource;

/**
 * Remembers which events each consumer has processed. Recording the event in the same transaction as the
 * consumer's effect makes a redelivered event a no-op: either both committed, or neither did.
 */
@ApplicationScoped
public class Inbox {

    private static final String RECORD = "INSERT INTO inbox (consumer, event_id, tenant_id, event_type)"
            + " VALUES (?, ?, ?, ?) ON CONFLICT (consumer, event_id) DO NOTHING";

    /* One statement for a whole batch: the rows that were new come back. */
    private static final String RECORD_ALL = "INSERT INTO inbox (consumer, event_id, tenant_id, event_type)"
            + " SELECT ?, * FROM unnest(?::uuid[], ?::varchar[], ?::varchar[])"
            + " ON CONFLICT (consumer, event_id) DO NOTHING RETURNING event_id";

    private final AgroalDataSource dataSource;

    Inbox(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Records the event for the consumer within the current transaction.
     *
     * @return true the first time, false when the consumer already processed this event
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, EventEnvelope envelope) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(RECORD)) {
            insert.setString(1, consumer);
            insert.setObject(2, envelope.id());
            insert.setString(3, envelope.tenantId());
            insert.setString(4, envelope.type());
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record event " + envelope.id() + " in the inbox", e);
        }
    }

    /**
     * Records a batch of events for the consumer within the current transaction, in one statement.
     *
     * @return the ids of the events recorded now; the others the consumer had already processed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> firstDeliveries(String consumer, List<EventEnvelope> envelopes) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(RECORD_ALL)) {
            insert.setString(1, consumer);
            insert.setArray(2, connection.createArrayOf("uuid",
                    envelopes.stream().map(EventEnvelope::id).toArray()));
            insert.setArray(3, connection.createArrayOf("varchar",
                    envelopes.stream().map(EventEnvelope::tenantId).toArray()));
            insert.setArray(4, connection.createArrayOf("varchar",
                    envelopes.stream().map(EventEnvelope::type).toArray()));
            Set<UUID> recorded = new HashSet<>();
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    recorded.add(rows.getObject(1, UUID.class));
                }
            }
            return recorded;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record " + envelopes.size() + " events in the inbox", e);
        }
    }
}
