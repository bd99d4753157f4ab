package org.openrcm.deploy.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The pure logic of {@code deploy/rcm bench}: rate schedule, percentiles, when a step kept up, ratios, options. */
class BenchFiguresTest {

    @Test
    void stepsTheRateUpFromTheStartThroughOneHundredToTheMaximum() {
        assertThat(RateSchedule.rates(25, 300)).containsExactly(25, 50, 75, 100, 150, 200, 250, 300);
        assertThat(RateSchedule.rates(30, 120)).containsExactly(30, 50, 75, 100);
        assertThat(RateSchedule.rates(40, 40)).containsExactly(40);
    }

    @Test
    void spacesRequestsEvenlyWhateverTheAnswersTake() {
        assertThat(RateSchedule.dueNanos(0, 100)).isZero();
        assertThat(RateSchedule.dueNanos(1, 100)).isEqualTo(10_000_000L);
        assertThat(RateSchedule.dueNanos(250, 250)).isEqualTo(1_000_000_000L);
        assertThat(RateSchedule.dueNanos(1, 3)).isEqualTo(333_333_333L);
    }

    @Test
    void percentilesAreNearestRank() {
        Latencies latencies = new Latencies();
        for (int millis = 100; millis >= 1; millis--) {
            latencies.add(millis);
        }
        assertThat(latencies.percentile(50)).isEqualTo(50);
        assertThat(latencies.percentile(95)).isEqualTo(95);
        assertThat(latencies.percentile(99)).isEqualTo(99);
        assertThat(latencies.percentile(100)).isEqualTo(100);

        Latencies few = new Latencies();
        few.add(7);
        few.add(3000);
        assertThat(few.percentile(50)).isEqualTo(7);
        assertThat(few.percentile(99)).isEqualTo(3000);
        assertThat(new Latencies().percentile(99)).isEqualTo(-1);
        assertThatThrownBy(() -> few.percentile(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCopyOfLatenciesDoesNotChangeWithTheOriginal() {
        Latencies latencies = new Latencies();
        for (int i = 0; i < 2000; i++) {
            latencies.add(i);
        }
        Latencies copy = latencies.copy();
        latencies.add(1_000_000);
        assertThat(copy.count()).isEqualTo(2000);
        assertThat(copy.percentile(100)).isEqualTo(1999);
        copy.add(5);
        assertThat(copy.count()).isEqualTo(2001);
    }

    @Test
    void aStepKeptUpOnlyWhenNearlyAllCompletedInGraceAndCompletionsKeptPace() {
        assertThat(new BenchStep(100, 3000, 0, 2950, 3000, 30.0, 800, 1200, 1500).keptUp()).isTrue();
        assertThat(new BenchStep(100, 3000, 0, 2950, 2900, 30.0, 800, 1200, 1500).keptUp())
                .as("3% still open after the grace period").isFalse();
        assertThat(new BenchStep(100, 3000, 0, 2400, 3000, 30.0, 800, 9000, 15000).keptUp())
                .as("80/s completed while 100/s arrived").isFalse();
        assertThat(new BenchStep(100, 2990, 10, 2950, 2990, 30.0, 800, 1200, 1500).keptUp())
                .as("the intake refused some").isFalse();
        assertThat(new BenchStep(100, 0, 0, 0, 0, 30.0, -1, -1, -1).keptUp()).isFalse();
        assertThat(new BenchStep(100, 3000, 0, 2950, 3000, 30.0, 0, 0, 0).completedPerSecond())
                .isCloseTo(98.33, offset(0.01));
    }

    @Test
    void reportsThePipelineAsSharesOfTheMachinesCeilings() {
        CeilingReport report = new CeilingReport(50, 10, 20, 100_000, 200_000, 4000, 2000);

        assertThat(report.eventsPerSecond()).isEqualTo(500);
        assertThat(report.transactionsPerSecond()).isEqualTo(1000);
        assertThat(report.postgresBoundClaimsPerSecond()).isEqualTo(100);
        assertThat(report.kafkaBoundClaimsPerSecond()).isEqualTo(10_000);
        assertThat(report.lines()).hasSize(4);
        assertThat(report.lines().get(0)).contains("500 events/s").contains("0.5%").contains("100,000 records/s");
        assertThat(report.lines().get(2)).contains("1,000 tx/s").contains("50.0% of 2,000 inbox+entity+outbox")
                .contains("25.0% of 4,000 entity+outbox");
        assertThat(report.lines().get(3)).contains("~100 claims/s at 20.0 tx/claim");
        assertThat(CeilingReport.percent(1, 0)).isEqualTo("n/a");
    }

    @Test
    void readsTheMessageRateOfConsumerPerformance() {
        String output = """
                start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec, \
                rebalance.time.ms, fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec
                2026-12-04 04:10:00:000, 2026-12-04 04:10:02:000, 97.6563, 48.8281, 100000, 50000.0000, 3012, \
                1988, 49.1229, 50301.8109
                """;
        assertThat(MachineCeilings.consumerRate(output)).isEqualTo(50000.0);
        assertThatThrownBy(() -> MachineCeilings.consumerRate("WARN nothing consumed"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void readsReplicasAndRefusesMoreThanTheSmallestTopicHasPartitions() {
        assertThat(StackPlan.parseReplicas("claims-service=2, payments-service=3"))
                .containsExactly(Map.entry("claims-service", 2), Map.entry("payments-service", 3));
        assertThatThrownBy(() -> StackPlan.parseReplicas("claims-service")).hasMessageContaining("service=count");
        assertThatThrownBy(() -> StackPlan.parseReplicas("claims-service=two")).hasMessageContaining("not a number");

        StackLayout layout = new StackLayout(Path.of("home"), Path.of("run"));
        StackPlan plan = StackPlan.standard(layout).withReplicas(Map.of("claims-service", 2));
        assertThat(plan.replicas(ServiceSpec.CLAIMS)).isEqualTo(2);
        assertThat(plan.replicas(ServiceSpec.CODING)).isEqualTo(1);
        assertThat(StackPlan.MAX_REPLICAS).isEqualTo(3);
        assertThatThrownBy(() -> StackPlan.standard(layout).withReplicas(Map.of("claims-service", 4)))
                .hasMessageContaining("between 1 and 3");
        assertThatThrownBy(() -> StackPlan.standard(layout).withReplicas(Map.of("billing-service", 2)))
                .hasMessageContaining("not a service");
    }

    @Test
    void namesInstancesAndTellsThemApart() {
        assertThat(ServiceSpec.CLAIMS.instanceName(1)).isEqualTo("claims-service");
        assertThat(ServiceSpec.CLAIMS.instanceName(2)).isEqualTo("claims-service-2");
        assertThat(ServiceSpec.CLAIMS.isInstance("claims-service-2")).isTrue();
        assertThat(ServiceSpec.CLAIMS.isInstance("claims-service")).isTrue();
        assertThat(ServiceSpec.CLAIMS.isInstance("claims-service-x")).isFalse();
        assertThat(ServiceSpec.PAYMENTS.isInstance("claims-service")).isFalse();
    }

    @Test
    void quickBenchHasShortStepsAndOptionsOverrideIt() {
        BenchOptions quick = BenchOptions.parse(List.of("--quick", "--max-rate", "150"));
        assertThat(quick.quick()).isTrue();
        assertThat(quick.step()).isEqualTo(Duration.ofSeconds(10));
        assertThat(quick.maxRate()).isEqualTo(150);
        assertThat(quick.jvm()).as("a throughput run compiles with C2").isEqualTo(StackPlan.JvmProfile.PEAK);
        assertThat(BenchOptions.parse(List.of("--compact")).jvm()).isEqualTo(StackPlan.JvmProfile.COMPACT);
        BenchOptions full = BenchOptions.parse(List.of("--step", "45s", "--replicas", "claims-service=2"));
        assertThat(full.step()).isEqualTo(Duration.ofSeconds(45));
        assertThat(full.replicas()).containsEntry("claims-service", 2);
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--start-rate", "300", "--max-rate", "100")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--fast"))).hasMessageContaining("Unknown option");
    }
}
