package org.openrcm.deploy.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.openrcm.deploy.infra.PostgresSettings;

/**
 * What this machine's broker and PostgreSQL manage without the services: Kafka's own ProducerPerformance and
 * ConsumerPerformance (child JVMs, so their heap and threads stay out of the bench's), and PostgreSQL transactions
 * shaped like the services' (entity + outbox; inbox + entity + outbox) from a few JDBC connections, at the server's
 * own settings.
 */
final class MachineCeilings {

    private static final Pattern PRODUCER_RATE = Pattern.compile("records sent, ([0-9.]+) records/sec");
    private static final String TOPIC = "rcm.bench.ceiling";
    private static final String DATABASE = "rcm_bench_ceiling";
    /** About the size of the cycle's events. */
    private static final int RECORD_BYTES = 1024;
    /** As many writers as the services' consumers and relays together, roughly. */
    static final int POSTGRES_CONNECTIONS = 8;

    record Kafka(double producerRecordsPerSecond, double consumerRecordsPerSecond) {
    }

    record Postgres(double entityOutboxPerSecond, double inboxEntityOutboxPerSecond) {
    }

    private MachineCeilings() {
    }

    static Kafka kafka(String bootstrap, Path logsDir, int records) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            if (!admin.listTopics().names().get(10, TimeUnit.SECONDS).contains(TOPIC)) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 6, (short) 1))).all().get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create " + TOPIC, e);
        }
        String producer = runTool(logsDir, "kafka-producer-performance", "org.apache.kafka.tools.ProducerPerformance",
                "--topic", TOPIC, "--num-records", Integer.toString(records), "--record-size",
                Integer.toString(RECORD_BYTES), "--throughput", "-1", "--producer-props",
                "bootstrap.servers=" + bootstrap, "acks=all", "linger.ms=5");
        String produced = null;
        Matcher matcher = PRODUCER_RATE.matcher(producer);
        while (matcher.find()) {
            produced = matcher.group(1); // the last line sums up the whole run
        }
        if (produced == null) {
            throw new IllegalStateException("ProducerPerformance printed no rate; see " + logsDir);
        }
        String consumer = runTool(logsDir, "kafka-consumer-performance", "org.apache.kafka.tools.ConsumerPerformance",
                "--bootstrap-server", bootstrap, "--topic", TOPIC, "--messages", Integer.toString(records),
                "--group", "rcm-bench-ceiling-" + UUID.randomUUID(), "--timeout", "60000");
        return new Kafka(Double.parseDouble(produced), consumerRate(consumer));
    }

    /** The {@code nMsg.sec} column of ConsumerPerformance's one result line. */
    static double consumerRate(String output) {
        List<String> lines = output.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i).startsWith("start.time")) {
                List<String> names = List.of(lines.get(i).split(",\\s*"));
                String[] values = lines.get(i + 1).split(",\\s*");
                return Double.parseDouble(values[names.indexOf("nMsg.sec")]);
            }
        }
        throw new IllegalStateException("ConsumerPerformance printed no result: " + output);
    }

    private static String runTool(Path logsDir, String name, String mainClass, String... arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(arguments));
        Path log = logsDir.resolve(name + ".log");
        ChildProcess tool = ChildProcess.start(name, command, Map.of(), log);
        try {
            tool.onExit().get(5, TimeUnit.MINUTES);
        } catch (Exception e) {
            tool.requestStop();
            throw new IllegalStateException(name + " did not finish: " + e.getMessage(), e);
        }
        if (tool.exitValue() != 0) {
            throw new IllegalStateException(name + " failed with code " + tool.exitValue() + ":\n" + tool.logTail());
        }
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Postgres postgres(PostgresSettings settings, Duration each) {
        try (Connection admin = DriverManager.getConnection(settings.jdbcUrl("postgres"), settings.user(),
                settings.password()); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
            statement.execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create " + DATABASE, e);
        }
        try {
            try (Connection connection = connect(settings); Statement statement = connection.createStatement()) {
                // The shapes of the services' own tables (the plumbing's outbox and inbox, a small entity).
                statement.execute("CREATE TABLE entity (id UUID PRIMARY KEY, tenant_id VARCHAR(64) NOT NULL,"
                        + " status VARCHAR(20) NOT NULL, payload TEXT NOT NULL, updated_at TIMESTAMPTZ NOT NULL)");
                statement.execute("CREATE TABLE outbox (seq BIGSERIAL PRIMARY KEY, event_id UUID NOT NULL UNIQUE,"
                        + " tenant_id VARCHAR(64) NOT NULL, topic VARCHAR(249) NOT NULL, aggregate_id VARCHAR(100)"
                        + " NOT NULL, event_type VARCHAR(200) NOT NULL, source VARCHAR(200) NOT NULL, occurred_at"
                        + " TIMESTAMPTZ NOT NULL, payload TEXT NOT NULL, sent_at TIMESTAMPTZ)");
                statement.execute("CREATE INDEX outbox_unsent_idx ON outbox (seq) WHERE sent_at IS NULL");
                statement.execute("CREATE TABLE inbox (consumer VARCHAR(100) NOT NULL, event_id UUID NOT NULL,"
                        + " tenant_id VARCHAR(64) NOT NULL, event_type VARCHAR(200) NOT NULL, processed_at"
                        + " TIMESTAMPTZ NOT NULL DEFAULT now(), PRIMARY KEY (consumer, event_id))");
            }
            double entityOutbox = rate(settings, each, false);
            double inboxEntityOutbox = rate(settings, each, true);
            return new Postgres(entityOutbox, inboxEntityOutbox);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL ceiling failed: " + e.getMessage(), e);
        } finally {
            try (Connection admin = DriverManager.getConnection(settings.jdbcUrl("postgres"), settings.user(),
                    settings.password()); Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
            } catch (SQLException e) {
                // a scratch database left behind is dropped by the next run
            }
        }
    }

    private static Connection connect(PostgresSettings settings) throws SQLException {
        return DriverManager.getConnection(settings.jdbcUrl(DATABASE), settings.user(), settings.password());
    }

    private static double rate(PostgresSettings settings, Duration each, boolean withInbox) {
        AtomicLong commits = new AtomicLong();
        long deadline = System.nanoTime() + each.toNanos();
        String payload = "x".repeat(RECORD_BYTES);
        List<Thread> writers = new ArrayList<>();
        List<RuntimeException> failures = new CopyOnWriteArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < POSTGRES_CONNECTIONS; i++) {
            Thread writer = new Thread(() -> {
                try (Connection connection = connect(settings);
                        PreparedStatement inbox = connection.prepareStatement("INSERT INTO inbox (consumer,"
                                + " event_id, tenant_id, event_type) VALUES ('bench', ?, 't', 'E')"
                                + " ON CONFLICT (consumer, event_id) DO NOTHING");
                        PreparedStatement entity = connection.prepareStatement("INSERT INTO entity VALUES"
                                + " (?, 't', 'READY', ?, ?)");
                        PreparedStatement outbox = connection.prepareStatement("INSERT INTO outbox (event_id,"
                                + " tenant_id, topic, aggregate_id, event_type, source, occurred_at, payload)"
                                + " VALUES (?, 't', 'rcm.bench', ?, 'E', 'bench', ?, ?)")) {
                    connection.setAutoCommit(false);
                    while (System.nanoTime() < deadline) {
                        UUID id = UUID.randomUUID();
                        Timestamp now = Timestamp.from(Instant.now());
                        if (withInbox) {
                            inbox.setObject(1, UUID.randomUUID());
                            inbox.executeUpdate();
                        }
                        entity.setObject(1, id);
                        entity.setString(2, payload);
                        entity.setTimestamp(3, now);
                        entity.executeUpdate();
                        outbox.setObject(1, UUID.randomUUID());
                        outbox.setString(2, id.toString());
                        outbox.setTimestamp(3, now);
                        outbox.setString(4, payload);
                        outbox.executeUpdate();
                        connection.commit();
                        commits.incrementAndGet();
                    }
                } catch (SQLException | RuntimeException e) {
                    failures.add(new IllegalStateException(e.getMessage(), e));
                }
            }, "pg-ceiling-" + i);
            writers.add(writer);
            writer.start();
        }
        for (Thread writer : writers) {
            try {
                writer.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted", e);
            }
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        return commits.get() / ((System.nanoTime() - started) / 1e9);
    }
}
