package org.openrcm.deploy.stack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.openrcm.deploy.infra.PostgresSettings;

/**
 * Which events a service's consumer has applied, read from its inbox table: a consumer records an event there in
 * the transaction that applies it, so a row means the effect is committed, not only that the event was published.
 */
public final class ServiceInbox implements AutoCloseable {

    private static final String APPLIED = "SELECT event_id, processed_at FROM inbox WHERE consumer = ?"
            + " AND event_id = ANY (?)";

    private final Connection connection;
    private final String consumer;

    private ServiceInbox(Connection connection, String consumer) {
        this.connection = connection;
        this.consumer = consumer;
    }

    /** @param consumer the inbox key of the service's consumer, e.g. {@code patient-billing-service.claim-payments} */
    public static ServiceInbox open(PostgresSettings postgres, String database, String consumer) {
        try {
            return new ServiceInbox(DriverManager.getConnection(postgres.jdbcUrl(database), postgres.user(),
                    postgres.password()), consumer);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the inbox of " + database, e);
        }
    }

    /** @return when each of {@code eventIds} the consumer has applied was applied, by event id */
    public synchronized Map<String, Instant> applied(Collection<String> eventIds) {
        Map<String, Instant> applied = new HashMap<>();
        if (eventIds.isEmpty()) {
            return applied;
        }
        try (PreparedStatement query = connection.prepareStatement(APPLIED)) {
            query.setString(1, consumer);
            query.setArray(2, connection.createArrayOf("uuid",
                    eventIds.stream().map(UUID::fromString).toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    applied.put(rows.getString(1), rows.getTimestamp(2).toInstant());
                }
            }
            return applied;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the inbox of " + consumer, e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing a read-only connection: nothing is lost
        }
    }
}
