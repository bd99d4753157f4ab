package org.openrcm.plumbing.inbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

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
}
