package org.openrcm.deploy.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * PostgreSQL for the local stack and the tests: the server at the configured address when one answers there,
 * otherwise an embedded one (zonky's PostgreSQL binaries) started on a free port. {@link #describe()} says which.
 */
public final class LocalPostgres implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(LocalPostgres.class.getName());
    private static final Pattern DATABASE_NAME = Pattern.compile("^[a-z_][a-z0-9_]{0,62}$");

    private final PostgresSettings settings;
    private final EmbeddedPostgres embedded;
    private final String version;

    private LocalPostgres(PostgresSettings settings, EmbeddedPostgres embedded) {
        this.settings = settings;
        this.embedded = embedded;
        this.version = query("SELECT current_setting('server_version')");
    }

    /**
     * Uses the server described by {@code settings} if it accepts connections; starts an embedded one, keeping
     * its data in {@code embeddedDataDir}, if nothing listens there. A server that answers but refuses the
     * credentials is an error, not a reason to start another one.
     */
    public static LocalPostgres connectOrStart(PostgresSettings settings, Path embeddedDataDir) {
        try (Connection ignored = connect(settings, "postgres")) {
            return new LocalPostgres(settings, null);
        } catch (SQLException e) {
            if (!isConnectionRefused(e)) {
                throw new IllegalStateException("PostgreSQL at " + settings.host() + ":" + settings.port()
                        + " refused us: " + e.getMessage(), e);
            }
            LOG.log(System.Logger.Level.INFO, "No PostgreSQL at {0}:{1}; starting an embedded one",
                    settings.host(), String.valueOf(settings.port()));
            return startEmbedded(embeddedDataDir);
        }
    }

    /** Starts an embedded server on a free port, whatever runs elsewhere. */
    public static LocalPostgres startEmbedded(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            EmbeddedPostgres embedded = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(KraftBroker.freePort())
                    .start();
            PostgresSettings settings = new PostgresSettings("localhost", embedded.getPort(), "postgres", "");
            return new LocalPostgres(settings, embedded);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL in " + dataDir, e);
        }
    }

    public PostgresSettings settings() {
        return settings;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    public String describe() {
        return "PostgreSQL " + version + " at " + settings.host() + ":" + settings.port()
                + (isEmbedded() ? " (embedded, started by OpenRCM)" : " (existing server)");
    }

    /** Creates the database unless it exists. */
    public void ensureDatabase(String name) {
        requireValidName(name);
        try (Connection connection = connect(settings, "postgres");
                PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (ResultSet result = exists.executeQuery()) {
                if (result.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + name);
            }
        } catch (SQLException e) {
            if ("42P04".equals(e.getSQLState())) {
                return; // created concurrently by another process
            }
            throw new IllegalStateException("Could not create database " + name, e);
        }
    }

    /** Drops the database if it exists (disconnecting its sessions) and creates it empty. */
    public void recreateDatabase(String name) {
        dropDatabase(name);
        try (Connection connection = connect(settings, "postgres"); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
    }

    /** Drops the database if it exists, disconnecting its sessions. */
    public void dropDatabase(String name) {
        requireValidName(name);
        try (Connection connection = connect(settings, "postgres"); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop database " + name, e);
        }
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not stop embedded PostgreSQL", e);
            }
        }
    }

    private String query(String sql) {
        try (Connection connection = connect(settings, "postgres");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + settings.host() + ":" + settings.port()
                    + " does not answer", e);
        }
    }

    private static Connection connect(PostgresSettings settings, String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", settings.user());
        properties.setProperty("password", settings.password());
        properties.setProperty("connectTimeout", "3");
        return DriverManager.getConnection(settings.jdbcUrl(database), properties);
    }

    private static boolean isConnectionRefused(SQLException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof java.net.UnknownHostException
                    || cause instanceof java.net.SocketTimeoutException) {
                return true;
            }
        }
        return "08001".equals(e.getSQLState());
    }

    private static void requireValidName(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a valid database name: " + name);
        }
    }
}
