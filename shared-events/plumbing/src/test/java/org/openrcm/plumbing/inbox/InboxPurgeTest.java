package org.openrcm.plumbing.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.openrcm.plumbing.testapp.Sql;

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
        assertThat(count(consumer)).isEqualTo(2L);
    }

    private void insert(String consumer, String processedAt) {
        Sql.execute(dataSource, "INSERT INTO inbox (consumer, event_id, tenant_id, event_type, processed_at) VALUES ('"
                + consumer + "', '" + UUID.randomUUID() + "', 'plumbing-practice', 'org.openrcm.test.Raw.v1', "
                + processedAt + ")");
    }

    private long count(String consumer) {
        return Sql.count(dataSource, "SELECT count(*) FROM inbox WHERE consumer = ?", consumer);
    }
}
