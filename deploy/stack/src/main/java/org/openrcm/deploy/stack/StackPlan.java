package org.openrcm.deploy.stack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openrcm.events.TopicSpec;
import org.openrcm.events.Topics;

/**
 * What a stack start does.
 *
 * @param services       the services to run (the broker, PostgreSQL and the simulator always run)
 * @param databaseSuffix appended to each service's database name, so that a test's stack never shares a
 *                       database (and thereby an outbox) with a developer's running stack or another build's
 * @param throwaway      a test's stack: it starts from an empty broker log and empty databases, and drops its
 *                       databases when it stops, instead of keeping its data for the next run
 * @param replicas       instances per service name, for services run more than once (absent: one); the instances
 *                       of a service share its database and consumer groups
 * @param simulator      how long the clearinghouse simulator waits before it answers
 * @param databaseProxies whether each service instance reaches PostgreSQL through a TCP proxy of its own, which the
 *                       fault suite freezes to stall that instance's database traffic
 */
public record StackPlan(StackLayout layout, List<ServiceSpec> services, String databaseSuffix, boolean throwaway,
        Map<String, Integer> replicas, SimulatorTiming simulator, JvmProfile jvm, boolean databaseProxies) {

    /** How the services' JVMs compile: small and quick to start, or fastest once warm. */
    public enum JvmProfile {
        /**
         * The client compiler only (C1): ~30 MB less resident memory per service and about half the start-up
         * CPU, at the cost of slower code once warm. For {@code up} and {@code demo}, and dense replicas.
         */
        COMPACT(List.of("-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=32m")),
        /** Tiered compilation up to C2: what a throughput measurement wants. */
        PEAK(List.of("-XX:ReservedCodeCacheSize=64m"));

        private final List<String> compilerOptions;

        JvmProfile(List<String> compilerOptions) {
            this.compilerOptions = compilerOptions;
        }

        List<String> options(List<String> sizing) {
            List<String> options = new ArrayList<>(sizing);
            options.addAll(compilerOptions);
            return options;
        }
    }

    /**
     * How fast X12 files go through the clearinghouse file drop.
     *
     * @param ackDelay            from taking an 837P to its 999 and 277CA
     * @param remitDelay          from the acknowledgments to the first 835, and again to the second
     * @param simulatorPoll       how often the simulator looks for 837P files
     * @param servicePoll         how often claims-service and payments-service look into their mailboxes
     */
    public record SimulatorTiming(Duration ackDelay, Duration remitDelay, Duration simulatorPoll,
            Duration servicePoll) {

        /** Short, so that a demo's claims are acknowledged and paid within seconds. */
        public static final SimulatorTiming DEMO = new SimulatorTiming(Duration.ofMillis(200), Duration.ofSeconds(1),
                Duration.ofMillis(200), Duration.ofMillis(500));
        /** No waiting at all: the bench measures the services, not a payer's turnaround. */
        public static final SimulatorTiming IMMEDIATE = new SimulatorTiming(Duration.ZERO, Duration.ZERO,
                Duration.ofMillis(100), Duration.ofMillis(100));
    }

    /**
     * The most instances of one service that all get work: a consumer group gives each partition to one member, so
     * instances beyond the smallest event topic's partition count could sit idle on that topic.
     */
    public static final int MAX_REPLICAS = Topics.EVENT_TOPICS.stream().mapToInt(TopicSpec::partitions).min()
            .orElseThrow();

    public StackPlan {
        services = List.copyOf(services);
        replicas = Map.copyOf(replicas);
        List<ServiceSpec> planned = services;
        replicas.forEach((name, count) -> {
            if (planned.stream().noneMatch(service -> service.name().equals(name))) {
                throw new IllegalArgumentException("--replicas names " + name + ", which is not a service of the"
                        + " stack (" + String.join(", ", ServiceSpec.ALL.stream().map(ServiceSpec::name).toList())
                        + ")");
            }
            if (count < 1 || count > MAX_REPLICAS) {
                throw new IllegalArgumentException("--replicas " + name + "=" + count + ": between 1 and "
                        + MAX_REPLICAS + " (the smallest event topic has " + MAX_REPLICAS + " partitions)");
            }
        });
    }

    /** What {@code deploy/rcm} runs: every service once, on the data of earlier runs. */
    public static StackPlan standard(StackLayout layout) {
        return new StackPlan(layout, ServiceSpec.ALL, "", false, Map.of(), SimulatorTiming.DEMO, JvmProfile.COMPACT,
                false);
    }

    /** A throwaway stack of these services whose databases are named for this JVM, as concurrent builds need. */
    public static StackPlan throwaway(StackLayout layout, List<ServiceSpec> services, String databaseTag) {
        return new StackPlan(layout, services, "_" + databaseTag + "_" + ProcessHandle.current().pid(), true,
                Map.of(), SimulatorTiming.DEMO, JvmProfile.COMPACT, false);
    }

    public StackPlan withReplicas(Map<String, Integer> replicasByService) {
        return new StackPlan(layout, services, databaseSuffix, throwaway, replicasByService, simulator, jvm,
                databaseProxies);
    }

    public StackPlan withSimulator(SimulatorTiming timing) {
        return new StackPlan(layout, services, databaseSuffix, throwaway, replicas, timing, jvm, databaseProxies);
    }

    public StackPlan withJvm(JvmProfile profile) {
        return new StackPlan(layout, services, databaseSuffix, throwaway, replicas, simulator, profile,
                databaseProxies);
    }

    public StackPlan withDatabaseProxies() {
        return new StackPlan(layout, services, databaseSuffix, throwaway, replicas, simulator, jvm, true);
    }

    public String database(ServiceSpec service) {
        return service.database() + databaseSuffix;
    }

    public int replicas(ServiceSpec service) {
        return replicas.getOrDefault(service.name(), 1);
    }

    /**
     * Reads {@code --replicas claims-service=2,payments-service=2}.
     *
     * @throws IllegalArgumentException naming the part that is not {@code service=count}
     */
    public static Map<String, Integer> parseReplicas(String option) {
        Map<String, Integer> replicas = new LinkedHashMap<>();
        for (String part : option.split(",")) {
            String[] nameAndCount = part.trim().split("=");
            if (nameAndCount.length != 2 || nameAndCount[0].isBlank()) {
                throw new IllegalArgumentException("--replicas takes service=count[,service=count...], not " + part);
            }
            try {
                replicas.put(nameAndCount[0].trim(), Integer.parseInt(nameAndCount[1].trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--replicas " + part + ": the count is not a number");
            }
        }
        return replicas;
    }
}
