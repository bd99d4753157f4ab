package org.openrcm.deploy.stack;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.openrcm.deploy.infra.PostgresSettings;

/**
 * {@code deploy/rcm bench}: on a started stack whose clearinghouse answers at once, warms up, then offers encounters
 * at stepped arrival rates with an {@link OpenLoopGenerator} until the cycle no longer keeps up, and prints what each
 * step did, where the time and resources went, and how the pipeline compares with the machine's own ceilings.
 */
final class BenchRun {

    private static final int PRACTICES = 3;
    private static final long SEED = 20261204L;
    private static final int LATENCY_RATE = 100;
    private static final Duration DRAIN_LIMIT = Duration.ofSeconds(90);
    private static final List<String> STAGES = List.of("EncounterCoded", "ClaimCreated", "ClaimSubmitted",
            "ClaimAccepted", "PaymentPosted", "PatientResponsibilityDetermined");
    private static final List<String> POSTGRES_SETTINGS = List.of("synchronous_commit", "fsync", "shared_buffers",
            "max_connections", "wal_level", "commit_delay", "max_wal_size", "checkpoint_timeout", "work_mem",
            "full_page_writes", "wal_compression", "effective_cache_size");

    private final StackSupervisor supervisor;
    private final BenchOptions options;
    private final PrintStream out;

    BenchRun(StackSupervisor supervisor, BenchOptions options, PrintStream out) {
        this.supervisor = supervisor;
        this.options = options;
        this.out = out;
    }

    void run() {
        StackEndpoints endpoints = supervisor.endpoints();
        PostgresSettings postgres = supervisor.postgresSettings();
        out.println();
        out.println("OpenRCM bench " + (options.quick() ? "(--quick) " : "") + "on " + Runtime.getRuntime()
                .availableProcessors() + " CPUs; replicas " + (options.replicas().isEmpty() ? "none (1 each)"
                        : options.replicas()) + "; service JVMs " + options.jvm());
        out.println("The clearinghouse simulator's delays are ZERO (acknowledgment and remittance at once), its and"
                + " the services' file-drop polls 100 ms: the figures are the services', not a payer's turnaround.");
        printPostgres(postgres);
        printFootprint("Idle (10 s after ready)", true);

        List<DemoTenant> tenants = DemoTenant.forRun(DemoTenant.newRunTag(), PRACTICES);
        DemoWorkload workload = new DemoWorkload(endpoints, out);
        workload.onboard(tenants);
        List<Integer> rates = RateSchedule.rates(options.startRate(), options.maxRate());
        int warmupCount = (int) (options.startRate() * options.warmup().toSeconds());
        int total = warmupCount + rates.stream().mapToInt(rate -> (int) (rate * options.step().toSeconds())).sum();
        List<DemoEncounter> encounters = new EncounterGenerator(SEED, LocalDate.now())
                .generate(tenants, total, 0.0, 0.0);
        OpenLoopGenerator generator = new OpenLoopGenerator(workload);
        ScheduledExecutorService polling = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "bench-completions");
            thread.setDaemon(true);
            return thread;
        });
        try (BenchTap tap = new BenchTap(endpoints.kafkaBootstrapServers(),
                tenants.stream().map(DemoTenant::tenantId).toList());
                ServiceInbox inbox = ServiceInbox.open(postgres, supervisor.database(ServiceSpec.PATIENT_BILLING),
                        DemoRun.PATIENT_BILLING_CONSUMER);
                Admin admin = Admin.create(Map.of("bootstrap.servers", endpoints.kafkaBootstrapServers()))) {
            CompletionTracker tracker = new CompletionTracker(tap, inbox, generator);
            polling.scheduleWithFixedDelay(tracker::poll, 250, 250, TimeUnit.MILLISECONDS);
            int next = 0;
            out.printf("Warm-up: %d encounters at %d/s%n", warmupCount, options.startRate());
            generator.offer(encounters.subList(next, next + warmupCount), options.startRate(), -1);
            next += warmupCount;
            awaitCompleted(tracker, tap, next, options.grace().multipliedBy(3));

            List<BenchStep> steps = new ArrayList<>();
            Snapshot before = snapshot(tap, tracker, postgres);
            Snapshot firstSnapshot = before;
            BenchStep last = null;
            out.println();
            out.println("  offered  sent fail | done/s  in-grace |  p50 ms  p95 ms  p99 ms | stages/s: coded created"
                    + " submitted accepted posted resp-determined | lag by group");
            for (int s = 0; s < rates.size(); s++) {
                int rate = rates.get(s);
                int count = (int) (rate * options.step().toSeconds());
                long fromMillis = System.currentTimeMillis();
                long fromNanos = System.nanoTime();
                OpenLoopGenerator.Offered offered = generator.offer(encounters.subList(next, next + count), rate, s);
                next += count;
                double seconds = (System.nanoTime() - fromNanos) / 1e9;
                long toMillis = System.currentTimeMillis();
                Snapshot after = snapshot(tap, tracker, postgres);
                Map<String, Long> lag = lag(admin);
                awaitCompleted(tracker, tap, -1, options.grace(), s, offered.sent());
                Latencies latencies = tracker.latenciesOfStep(s);
                last = new BenchStep(rate, offered.sent(), offered.failed(),
                        tracker.completedBetween(fromMillis, toMillis), tracker.completedOfStep(s), seconds,
                        latencies.percentile(50), latencies.percentile(95), latencies.percentile(99));
                steps.add(last);
                out.printf(Locale.ROOT, "  %5d/s %5d %4d | %6.1f %5.1f%% | %7d %7d %7d | %s | %s%s%n", rate,
                        last.sent(), last.failed(), last.completedPerSecond(),
                        last.sent() == 0 ? 0.0 : 100.0 * last.completedInGrace() / last.sent(), last.p50Millis(),
                        last.p95Millis(), last.p99Millis(), stageRates(before, after, seconds), lag,
                        last.keptUp() ? "" : "  <- not kept up");
                printCpu(before, after);
                before = snapshot(tap, tracker, postgres);
                if (!last.keptUp()) {
                    break;
                }
            }
            if (generator.firstFailure() != null) {
                out.println("  first failed request: " + generator.firstFailure());
            }
            long drainFrom = System.nanoTime();
            int completedBefore = tracker.completed();
            awaitCompleted(tracker, tap, next, DRAIN_LIMIT);
            double drainSeconds = (System.nanoTime() - drainFrom) / 1e9;
            int drained = tracker.completed() - completedBefore;
            Snapshot end = snapshot(tap, tracker, postgres);
            printFootprint("Under load (end of the run)", false);

            int measured = end.completed - firstSnapshot.completed;
            double transactionsPerClaim = measured == 0 ? 0 : (end.transactions(supervisor)
                    - firstSnapshot.transactions(supervisor)
                    - (end.inboxQueries - firstSnapshot.inboxQueries)) / (double) measured;
            double eventsPerClaim = measured == 0 ? 0 : (end.events - firstSnapshot.events) / (double) measured;
            double sustained = steps.stream().filter(BenchStep::keptUp).mapToDouble(BenchStep::completedPerSecond)
                    .max().orElse(0);
            out.println();
            out.println("Results");
            out.printf(Locale.ROOT, "  Sustained end to end (encounter intake -> patient responsibility applied in"
                    + " patient-billing): %.1f claims/s%s%n", sustained, steps.stream().anyMatch(BenchStep::keptUp)
                            ? " (highest step kept up)" : " (no step kept up)");
            if (last != null && !last.keptUp()) {
                out.printf(Locale.ROOT, "  Overloaded at %d/s: %.1f claims/s completed during the step; the backlog"
                        + " drained at %.1f claims/s (%d in %.0f s)%n", last.offeredRate(), last.completedPerSecond(),
                        drainSeconds <= 0 ? 0 : drained / drainSeconds, drained, drainSeconds);
            }
            printLatencyAt100(steps);
            out.printf(Locale.ROOT, "  Transactions per claim: %.1f (xact_commit of the service databases, the bench's"
                    + " own inbox reads left out, incl. read-only polls)%n", transactionsPerClaim);
            out.printf(Locale.ROOT, "  Events per claim: %.1f; events seen twice: %d; records dead-lettered: %d;"
                    + " encounters stopped before adjudication (payer rejection, scrubber hold, coding review): %d"
                    + " of %d completed%n", eventsPerClaim, tap.duplicates(), tap.deadLetters(), tracker.stopped(),
                    tracker.completed());

            out.println();
            out.println("Machine ceilings (the stack idle)");
            int records = options.quick() ? 100_000 : 500_000;
            MachineCeilings.Kafka kafka = MachineCeilings.kafka(endpoints.kafkaBootstrapServers(),
                    supervisor.layout().logsDir(), records);
            out.printf(Locale.ROOT, "  Kafka ProducerPerformance: %,.0f records/s of 1 KiB (acks=all); "
                    + "ConsumerPerformance: %,.0f records/s (%,d records)%n", kafka.producerRecordsPerSecond(),
                    kafka.consumerRecordsPerSecond(), records);
            MachineCeilings.Postgres database = MachineCeilings.postgres(postgres, options.ceilingDuration());
            out.printf(Locale.ROOT, "  PostgreSQL (%d connections, %d s each): entity+outbox %,.0f tx/s;"
                    + " inbox+entity+outbox %,.0f tx/s%n", MachineCeilings.POSTGRES_CONNECTIONS,
                    options.ceilingDuration().toSeconds(), database.entityOutboxPerSecond(),
                    database.inboxEntityOutboxPerSecond());
            // Without a step kept up, the rate the overloaded cycle still completed is what it manages.
            double pipelineRate = sustained > 0 ? sustained : Math.max(last == null ? 0 : last.completedPerSecond(),
                    drainSeconds <= 0 ? 0 : drained / drainSeconds);
            CeilingReport report = new CeilingReport(pipelineRate, eventsPerClaim, transactionsPerClaim,
                    kafka.producerRecordsPerSecond(), kafka.consumerRecordsPerSecond(),
                    database.entityOutboxPerSecond(), database.inboxEntityOutboxPerSecond());
            report.lines().forEach(line -> out.println("  " + line));
        } finally {
            polling.shutdownNow();
        }
    }

    private void printLatencyAt100(List<BenchStep> steps) {
        BenchStep at = steps.stream().filter(step -> step.offeredRate() == LATENCY_RATE).findFirst().orElse(null);
        String note = "";
        if (at == null || !at.keptUp()) {
            BenchStep below = steps.stream().filter(step -> step.offeredRate() < LATENCY_RATE && step.keptUp())
                    .reduce((first, second) -> second).orElse(null);
            if (at != null) {
                out.printf(Locale.ROOT, "  At %d/s (not kept up): p50 %d ms, p95 %d ms, p99 %d ms%n", LATENCY_RATE,
                        at.p50Millis(), at.p95Millis(), at.p99Millis());
            }
            if (below == null) {
                out.println("  No step at or below " + LATENCY_RATE + "/s kept up: no latency to report");
                return;
            }
            at = below;
            note = " (the highest rate below " + LATENCY_RATE + "/s this machine sustained)";
        }
        out.printf(Locale.ROOT, "  Latency at %d/s%s: p50 %d ms, p95 %d ms, p99 %d ms (from each encounter's scheduled"
                + " time)%n", at.offeredRate(), note, at.p50Millis(), at.p95Millis(), at.p99Millis());
    }

    /** Waits until {@code target} encounters in all completed (-1: skip), or the limit passes. */
    private void awaitCompleted(CompletionTracker tracker, BenchTap tap, int target, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline && (target < 0 || tracker.completed() < target)) {
            supervisor.checkRunning();
            tap.checkRunning();
            sleep(250);
        }
    }

    /** Waits until the step's {@code sent} encounters completed, or the limit passes. */
    private void awaitCompleted(CompletionTracker tracker, BenchTap tap, int ignored, Duration limit, int step,
            int sent) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline && tracker.completedOfStep(step) < sent) {
            supervisor.checkRunning();
            tap.checkRunning();
            sleep(250);
        }
    }

    /** Counters at one moment: events by type, completions, CPU time per process, commits per database. */
    private record Snapshot(long nanos, Map<String, Long> counts, long events, int completed, int inboxQueries,
            Map<String, Long> cpuMillis, Map<String, Long> commits) {

        long transactions(StackSupervisor supervisor) {
            return ServiceSpec.ALL.stream().mapToLong(service -> commits.getOrDefault(supervisor.database(service),
                    0L)).sum();
        }
    }

    private Snapshot snapshot(BenchTap tap, CompletionTracker tracker, PostgresSettings postgres) {
        Map<String, Long> cpu = new LinkedHashMap<>();
        for (ChildProcess child : supervisor.children()) {
            ProcessCpu.cpuMillis(child.pid()).ifPresent(millis -> cpu.put(child.name(), millis));
        }
        cpu.put("postgres (all backends)", ProcessCpu.pidsNamed("postgres").stream()
                .mapToLong(pid -> ProcessCpu.cpuMillis(pid).orElse(0)).sum());
        ProcessCpu.cpuMillis(ProcessHandle.current().pid()).ifPresent(millis -> cpu.put("bench (generator, tap)",
                millis));
        return new Snapshot(System.nanoTime(), tap.counts(), tap.totalEvents(), tracker.completed(),
                tracker.inboxQueries(), cpu, commits(postgres));
    }

    private Map<String, Long> commits(PostgresSettings postgres) {
        Map<String, Long> commits = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("postgres"), postgres.user(),
                postgres.password());
                PreparedStatement query = connection.prepareStatement(
                        "SELECT datname, xact_commit FROM pg_stat_database WHERE datname = ANY (?)")) {
            query.setArray(1, connection.createArrayOf("text",
                    ServiceSpec.ALL.stream().map(supervisor::database).toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    commits.put(rows.getString(1), rows.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read pg_stat_database", e);
        }
        return commits;
    }

    private static String stageRates(Snapshot before, Snapshot after, double seconds) {
        StringBuilder rates = new StringBuilder();
        for (String stage : STAGES) {
            long delta = after.counts.getOrDefault(stage, 0L) - before.counts.getOrDefault(stage, 0L);
            rates.append(String.format(Locale.ROOT, "%6.1f ", delta / seconds));
        }
        return rates.toString().stripTrailing();
    }

    private void printCpu(Snapshot before, Snapshot after) {
        double wall = (after.nanos - before.nanos) / 1e6;
        StringBuilder line = new StringBuilder("           CPU % of one core:");
        after.cpuMillis.forEach((name, millis) -> line.append(String.format(Locale.ROOT, " %s %.0f", name,
                100 * (millis - before.cpuMillis.getOrDefault(name, millis)) / wall)).append(';'));
        out.println(line);
    }

    /** Consumer lag summed over each service's consumer groups. */
    private static Map<String, Long> lag(Admin admin) {
        Map<String, Long> lag = new LinkedHashMap<>();
        try {
            List<String> groups = admin.listGroups().all().get(10, TimeUnit.SECONDS).stream()
                    .map(GroupListing::groupId).filter(group -> ServiceSpec.ALL.stream()
                            .anyMatch(service -> group.startsWith(service.name()))).sorted().toList();
            for (String group : groups) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                committed.keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
                var ends = admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
                long behind = 0;
                for (var entry : committed.entrySet()) {
                    if (entry.getValue() != null && ends.containsKey(entry.getKey())) {
                        behind += Math.max(0, ends.get(entry.getKey()).offset() - entry.getValue().offset());
                    }
                }
                lag.put(group, behind);
            }
        } catch (Exception e) {
            lag.put("(lag unreadable: " + e.getMessage() + ")", -1L);
        }
        return lag;
    }

    private void printPostgres(PostgresSettings postgres) {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("postgres"), postgres.user(),
                postgres.password());
                PreparedStatement query = connection.prepareStatement("SELECT name, setting, unit FROM pg_settings"
                        + " WHERE name = ANY (?) ORDER BY name")) {
            try (ResultSet version = connection.createStatement().executeQuery("SHOW server_version")) {
                version.next();
                out.println("PostgreSQL " + version.getString(1) + " (" + supervisor.endpoints().postgres() + ")");
            }
            query.setArray(1, connection.createArrayOf("text", POSTGRES_SETTINGS.toArray()));
            StringBuilder settings = new StringBuilder("  settings:");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String unit = rows.getString(3);
                    settings.append(' ').append(rows.getString(1)).append('=').append(rows.getString(2))
                            .append(unit == null ? "" : " x " + unit).append(';');
                }
            }
            out.println(settings);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read PostgreSQL's settings", e);
        }
    }

    private void printFootprint(String title, boolean idle) {
        if (idle) {
            sleep(10_000);
        }
        out.println(title + ": resident memory" + (idle ? " and time from launch to ready" : "") + " of each process");
        Map<String, Duration> ready = supervisor.readyTimes();
        for (ChildProcess child : supervisor.children()) {
            String rss = child.residentBytes().isPresent()
                    ? String.format(Locale.ROOT, "%5.0f MB", child.residentBytes().getAsLong() / 1e6) : "    ?";
            Duration readyIn = ready.get(child.name());
            out.printf(Locale.ROOT, "  %-28s %s%s%n", child.name(), rss, !idle || readyIn == null ? ""
                    : String.format(Locale.ROOT, "   ready in %.1f s", readyIn.toMillis() / 1e3));
        }
        if (idle) {
            out.println("  (the services start at the same time on this machine's CPUs: a ready time includes waiting"
                    + " for the others)");
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
