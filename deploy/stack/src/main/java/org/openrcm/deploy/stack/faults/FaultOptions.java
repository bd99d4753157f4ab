package org.openrcm.deploy.stack.faults;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openrcm.deploy.stack.StackPlan;
import org.openrcm.simulator.Durations;

/**
 * {@code deploy/rcm faults} options.
 *
 * @param claims   encounters driven through the cycle (each becomes one claim)
 * @param rate     encounters offered per second while faults are injected
 * @param kinds    the fault kinds, each injected alone first, then mixed two at a time
 * @param gap      the calm between two faults
 * @param replicas instances per service; a rebalance needs a service with two
 * @param seed     makes the targets and moments of a run repeatable
 * @param settle   how long the cycle may take to settle after the last encounter and fault
 */
public record FaultOptions(int claims, int rate, List<FaultKind> kinds, Duration gap, Map<String, Integer> replicas,
        long seed, Duration settle) {

    public static final int DEFAULT_CLAIMS = 10_000;
    static final Map<String, Integer> DEFAULT_REPLICAS = Map.of("claims-service", 2, "payments-service", 2);

    public FaultOptions {
        if (claims < 1 || rate < 1) {
            throw new IllegalArgumentException("--claims and --rate must be at least 1");
        }
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("--kinds names no fault");
        }
        kinds = List.copyOf(kinds);
        replicas = Map.copyOf(replicas);
    }

    /** The same run with another number of claims, e.g. a shorter one for a test. */
    public FaultOptions withClaims(int count) {
        return new FaultOptions(count, rate, kinds, gap, replicas, seed, settle);
    }

    /** @throws IllegalArgumentException naming the bad option */
    public static FaultOptions parse(List<String> options) {
        int claims = DEFAULT_CLAIMS;
        int rate = 25;
        List<FaultKind> kinds = List.of(FaultKind.values());
        Duration gap = Duration.ofSeconds(10);
        Map<String, Integer> replicas = DEFAULT_REPLICAS;
        long seed = 20261207L;
        Duration settle = Duration.ofMinutes(15);
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            String value = i + 1 < options.size() ? options.get(i + 1) : null;
            if (value == null) {
                throw new IllegalArgumentException("Missing value for " + option);
            }
            i++;
            try {
                switch (option) {
                    case "--claims" -> claims = Integer.parseInt(value);
                    case "--rate" -> rate = Integer.parseInt(value);
                    case "--kinds" -> kinds = FaultKind.parse(value);
                    case "--gap" -> gap = Durations.parse(value);
                    case "--replicas" -> replicas = StackPlan.parseReplicas(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--settle" -> settle = Durations.parse(value);
                    default -> throw new IllegalArgumentException("Unknown option for faults: " + option);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " takes a number, not " + value);
            }
        }
        return new FaultOptions(claims, rate, kinds, gap, replicas, seed, settle);
    }
}
