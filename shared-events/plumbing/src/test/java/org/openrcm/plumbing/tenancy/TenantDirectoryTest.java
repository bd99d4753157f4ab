package org.openrcm.plumbing.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TenantDirectoryTest {

    @Inject
    TenantDirectory directory;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void aDeactivationMadeThroughAnotherReplicaIsSeenOnceTheCacheEntryExpires() {
        directory.upsert(new TenantDirectory.Tenant("replica-practice", "Replica Practice", true));
        assertThat(directory.isActive("replica-practice")).isTrue();

        // Another replica's upsert changes only the shared table, not this replica's cache.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement deactivate = connection.prepareStatement(
                        "UPDATE tenant SET active = FALSE WHERE tenant_id = 'replica-practice'")) {
            deactivate.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> !directory.isActive("replica-practice"));
    }

    @Test
    void aDeactivationThroughThisReplicaIsSeenAtOnce() {
        directory.upsert(new TenantDirectory.Tenant("local-practice", "Local Practice", true));
        assertThat(directory.isActive("local-practice")).isTrue();

        directory.upsert(new TenantDirectory.Tenant("local-practice", "Local Practice", false));

        assertThat(directory.isActive("local-practice")).isFalse();
    }
}
