package org.openrcm.deploy.stack;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openrcm.simulator.Durations;

/**
 * The options of {@code deploy/rcm bench}.
 *
 * @param step            how long each arrival rate is offered
 * @param warmup          the warm-up at the first rate before measuring (JIT, pools, first batches)
 * @param grace           after a step, how long its last encounters may take to complete and still count as kept up
 * @param ceilingDuration how long each ceiling (Kafka producer, PostgreSQL transactions) is measured
 */
public record BenchOptions(boolean quick, Map<String, Integer> replicas, int startRate, int maxRate, Duration step,
        Duration warmup, Duration grace, Duration ceilingDuration, StackPlan.JvmProfile jvm) {

    public static BenchOptions parse(List<String> options) {
        boolean quick = options.contains("--quick");
        Map<String, Integer> replicas = Map.of();
        int startRate = 25;
        int maxRate = 500;
        Duration step = quick ? Duration.ofSeconds(10) : Duration.ofSeconds(30);
        StackPlan.JvmProfile jvm = StackPlan.JvmProfile.PEAK;
        for (int i = 0; i < options.size(); i++) {
            switch (options.get(i)) {
                case "--quick" -> {
                    // read above: it sets the defaults the other options override
                }
                case "--compact" -> jvm = StackPlan.JvmProfile.COMPACT;
                case "--replicas" -> replicas = StackPlan.parseReplicas(value(options, ++i));
                case "--start-rate" -> startRate = Integer.parseInt(value(options, ++i));
                case "--max-rate" -> maxRate = Integer.parseInt(value(options, ++i));
                case "--step" -> step = Durations.parse(value(options, ++i));
                default -> throw new IllegalArgumentException("Unknown option for bench: " + options.get(i));
            }
        }
        if (startRate < 1 || maxRate < startRate) {
            throw new IllegalArgumentException("--start-rate must be at least 1 and at most --max-rate");
        }
        return new BenchOptions(quick, replicas, startRate, maxRate, step,
                quick ? Duration.ofSeconds(10) : Duration.ofSeconds(30),
                quick ? Duration.ofSeconds(10) : Duration.ofSeconds(20),
                quick ? Duration.ofSeconds(5) : Duration.ofSeconds(15), jvm);
    }

    private static String value(List<String> options, int index) {
        if (index >= options.size()) {
            throw new IllegalArgumentException("Missing value for " + options.get(index - 1));
        }
        return options.get(index);
    }
}
