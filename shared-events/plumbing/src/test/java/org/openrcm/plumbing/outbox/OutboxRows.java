package org.openrcm.plumbing.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.openrcm.plumbing.testapp.Sql;

import io.agroal.api.AgroalDataSource;

/** Outbox rows written straight into the table, for topics and payloads no real event would have. */
final class OutboxRows {

    record Row(UUID eventId, String topic, String aggregateId, String payload) {
    }

    /** A row's state as the relay left it. */
    record State(Instant sentAt, Instant parkedAt, String parkReason) {
    }

    private final AgroalDataSource dataSource;

    OutboxRows(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    Row insert(String topic, String aggregateId, String payload) {
        return insert(List.of(new Row(UUID.randomUUID(), topic, aggregateId, payload))).get(0);
    }

    /** Inserts the rows in one transaction, in list order. */
    List<Row> insert(List<Row> rows) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO outbox (event_id, tenant_id,"
                        + " topic, aggregate_id, event_type, source, occurred_at, payload)"
                        + " VALUES (?, 'plumbing-practice', ?, ?, 'org.openrcm.test.Raw.v1', '/openrcm/test', ?, ?)")) {
            connection.setAutoCommit(false);
            for (Row row : rows) {
                insert.setObject(1, row.eventId());
                insert.setString(2, row.topic());
                insert.setString(3, row.aggregateId());
                insert.setTimestamp(4, Timestamp.from(Instant.now()));
                insert.setString(5, row.payload());
                insert.addBatch();
            }
            insert.executeBatch();
            connection.commit();
            return new ArrayList<>(rows);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    State state(UUID eventId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT sent_at, parked_at, park_reason FROM outbox WHERE event_id = ?")) {
            select.setObject(1, eventId);
            try (ResultSet result = select.executeQuery()) {
                if (!result.next()) {
                    throw new IllegalStateException("No outbox row " + eventId);
                }
                return new State(instant(result.getTimestamp(1)), instant(result.getTimestamp(2)),
                        result.getString(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void execute(String sql) {
        Sql.execute(dataSource, sql);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
