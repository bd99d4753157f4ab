package org.openrcm.deploy.stack.faults;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.openrcm.deploy.infra.PostgresSettings;
import org.openrcm.deploy.stack.ServiceSpec;
import org.openrcm.deploy.stack.StackSupervisor;

/**
 * Injects one fault into the running stack and waits until the faulted part is back. Two injections may run at once
 * (the mixed rounds), on different parts ({@link FaultSchedule}).
 */
final class FaultInjector {

    /** What one injection did. */
    record Fault(FaultKind kind, String target, String detail, Duration outage, long startedAtMillis) {
    }

    private static final Duration MID_RELAY_WAIT = Duration.ofSeconds(5);
    private static final Duration BROKER_DOWN = Duration.ofSeconds(8);
    private static final Duration REPLICA_AWAY = Duration.ofSeconds(10);
    private static final int DUPLICATES_PER_FAULT = 200;

    private final StackSupervisor supervisor;
    private final RecordInjector records;
    private final Random random;
    /** The next service whose instance a crash takes, in turn, so that every service is killed. */
    private final AtomicInteger nextCrash = new AtomicInteger();

    FaultInjector(StackSupervisor supervisor, RecordInjector records, long seed) {
        this.supervisor = supervisor;
        this.records = records;
        this.random = new Random(seed);
    }

    Fault inject(FaultKind kind) {
        long started = System.currentTimeMillis();
        long startedNanos = System.nanoTime();
        return switch (kind) {
            case CRASH -> crash(started, startedNanos);
            case BROKER_RESTART -> {
                String broker = supervisor.brokerName();
                supervisor.stop(broker);
                sleep(BROKER_DOWN);
                supervisor.restart(broker);
                yield new Fault(kind, broker, "down " + BROKER_DOWN.toSeconds() + " s", since(startedNanos), started);
            }
            case BROKER_FREEZE -> {
                String broker = supervisor.brokerName();
                Duration frozen = freezeTime();
                supervisor.freeze(broker);
                try {
                    sleep(frozen);
                } finally {
                    supervisor.thaw(broker);
                }
                yield new Fault(kind, broker, "frozen " + frozen.toSeconds() + " s", since(startedNanos), started);
            }
            case DATABASE_CONNECTIONS -> {
                int terminated = terminateConnections();
                yield new Fault(kind, "all services", terminated + " connections terminated", since(startedNanos),
                        started);
            }
            case DATABASE_FREEZE -> {
                String instance = pick(supervisor.serviceInstances());
                Duration frozen = freezeTime();
                supervisor.freezeDatabaseLink(instance);
                try {
                    sleep(frozen);
                } finally {
                    supervisor.thawDatabaseLink(instance);
                }
                yield new Fault(kind, instance, "PostgreSQL link frozen " + frozen.toSeconds() + " s",
                        since(startedNanos), started);
            }
            case POISON -> new Fault(kind, "rcm.coding.encounters, rcm.claims.claims", records.poison(),
                    Duration.ZERO, started);
            case DUPLICATES -> new Fault(kind, "recent records",
                    records.duplicate(DUPLICATES_PER_FAULT) + " records published again", Duration.ZERO, started);
            case REBALANCE -> {
                List<String> replicas = supervisor.serviceInstances().stream()
                        .filter(name -> name.matches(".*-service-\\d+")).toList();
                if (replicas.isEmpty()) {
                    yield new Fault(kind, "-", "skipped: no service runs twice (see --replicas)", Duration.ZERO,
                            started);
                }
                String replica = pick(replicas);
                supervisor.stop(replica);
                sleep(REPLICA_AWAY);
                Duration ready = supervisor.restart(replica);
                yield new Fault(kind, replica, "left for " + REPLICA_AWAY.toSeconds() + " s, ready again in "
                        + ready.toSeconds() + " s", since(startedNanos), started);
            }
        };
    }

    /**
     * Kills the next service in turn: one of its instances, at a moment its outbox holds rows it has not published
     * yet (the relay is at work, or about to be), so that a crash between sending and marking is likely.
     */
    private Fault crash(long started, long startedNanos) {
        ServiceSpec service = ServiceSpec.ALL.get(nextCrash.getAndIncrement() % ServiceSpec.ALL.size());
        String instance = pick(supervisor.serviceInstances().stream().filter(service::isInstance).toList());
        boolean midRelay = awaitUnpublished(service);
        supervisor.kill(instance);
        Duration ready = supervisor.restart(instance);
        return new Fault(FaultKind.CRASH, instance, (midRelay ? "killed with its outbox mid-relay" : "killed")
                + ", ready again in " + ready.toSeconds() + " s", since(startedNanos), started);
    }

    private boolean awaitUnpublished(ServiceSpec service) {
        long deadline = System.nanoTime() + MID_RELAY_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (count(service, "SELECT count(*) FROM outbox WHERE sent_at IS NULL") > 0) {
                return true;
            }
            sleep(Duration.ofMillis(20));
        }
        return false;
    }

    private int terminateConnections() {
        int terminated = 0;
        for (ServiceSpec service : ServiceSpec.ALL) {
            terminated += (int) count(service, "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                    + " WHERE datname = current_database() AND pid <> pg_backend_pid()");
        }
        return terminated;
    }

    private long count(ServiceSpec service, String sql) {
        PostgresSettings postgres = supervisor.postgresSettings();
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(supervisor.database(service)),
                postgres.user(), postgres.password());
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot query " + service.name() + ": " + e.getMessage(), e);
        }
    }

    /** A freeze of 5 to 30 seconds. */
    private synchronized Duration freezeTime() {
        return Duration.ofSeconds(5 + random.nextInt(26));
    }

    private synchronized String pick(List<String> names) {
        return names.get(random.nextInt(names.size()));
    }

    private static Duration since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while injecting a fault", e);
        }
    }
}
