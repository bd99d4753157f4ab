package org.openrcm.deploy.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * One Kafka broker and one PostgreSQL per test JVM, started on first use and stopped when the JVM exits, so
 * that every test class (and every Quarkus application restart) of a module shares them.
 */
public final class SharedInfrastructure {

    private static final Set<String> TEST_DATABASES = ConcurrentHashMap.newKeySet();
    private static KraftBroker broker;
    private static LocalPostgres postgres;

    private SharedInfrastructure() {
    }

    public static synchronized KraftBroker kafka() {
        if (broker == null) {
            Path dir = tempDir("openrcm-kafka-");
            broker = KraftBroker.start(dir, 0);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                broker.close();
                deleteRecursively(dir);
            }, "kafka-shutdown"));
        }
        return broker;
    }

    public static synchronized LocalPostgres postgres() {
        if (postgres == null) {
            Path dir = tempDir("openrcm-postgres-");
            postgres = LocalPostgres.connectOrStart(PostgresSettings.fromEnvironment(), dir);
            System.getLogger(SharedInfrastructure.class.getName()).log(System.Logger.Level.INFO,
                    "Tests use {0}", postgres.describe());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                TEST_DATABASES.forEach(SharedInfrastructure::dropQuietly);
                postgres.close();
                deleteRecursively(dir);
            }, "postgres-shutdown"));
        }
        return postgres;
    }

    /**
     * A fresh, empty database for this JVM, named {@code <baseName>_<pid>} so that two builds on one machine never
     * share (or drop) each other's test data, and dropped again when the JVM exits.
     */
    public static synchronized String testDatabase(String baseName) {
        String name = baseName + "_" + ProcessHandle.current().pid();
        if (TEST_DATABASES.add(name)) {
            postgres().recreateDatabase(name);
        }
        return name;
    }

    private static void dropQuietly(String database) {
        try {
            postgres.dropDatabase(database);
        } catch (RuntimeException e) {
            System.getLogger(SharedInfrastructure.class.getName()).log(System.Logger.Level.WARNING,
                    "Could not drop test database {0}: {1}", database, e.getMessage());
        }
    }

    private static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory left behind is harmless
        }
    }
}
