package org.openrcm.deploy.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openrcm.deploy.infra.LocalPostgres;
import org.openrcm.deploy.infra.PostgresSettings;

/** The fault suite's proxy to the real PostgreSQL: traffic passes, and a freeze holds it until the thaw. */
class DatabaseLinksTest {

    @TempDir
    Path dataDir;

    @Test
    void holdsAQueryWhileFrozenAndLetsItFinishAfterTheThaw() throws Exception {
        try (LocalPostgres postgres = LocalPostgres.connectOrStart(PostgresSettings.fromEnvironment(), dataDir);
                DatabaseLinks links = new DatabaseLinks()) {
            PostgresSettings proxied = links.open("claims-service", freePort(), postgres.settings());
            try (Connection connection = DriverManager.getConnection(proxied.jdbcUrl("postgres"), proxied.user(),
                    proxied.password())) {
                assertThat(one(connection)).isEqualTo(1);

                links.freeze("claims-service");
                CompletableFuture<Integer> held = CompletableFuture.supplyAsync(() -> one(connection));
                Thread.sleep(1500);
                assertThat(held).as("no answer crosses a frozen link").isNotDone();

                links.thaw("claims-service");
                assertThat(held.get(10, TimeUnit.SECONDS)).isEqualTo(1);
            }
        }
    }

    private static int one(Connection connection) {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SELECT 1")) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
