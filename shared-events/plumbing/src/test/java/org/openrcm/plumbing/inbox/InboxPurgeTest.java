package org.openrcm.plumbing.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class InboxPurgeTest {

    @Inject
    InboxPurge purge;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void rowsPastTheRetentionAreDeletedInBoundedBatchesAndRecentOnesKept() {
        String consumer = "purge-test-" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            insert(consumer, "now() - interval '15 days'");
        }
        insert(consumer, "now() - interval '13 days'");
        insert(consumer, "now()");

        long purged = purge.purge(); // purge-batch-size is 2 in the test profile: three statements at least

        assertThat(purged).isGreaterThanOrEqualTo(5);
        assertThat(count(consumer)).isEqualTo(2);
    }

    private void insert(String consumer, String processedAt) {
        execute("INSERT INTO inbox (consumer, event_id, tenant_id, event_type, processed_at) VALUES ('" + consumer
                + "', '" + UUID.randomUUID() + "', 'plumbing-practice', 'org.openrcm.test.Raw.v1', " + processedAt
                + ")");
    }

    private int count(String consumer) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT count(*) FROM inbox WHERE consumer = ?")) {
            select.setString(1, consumer);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
