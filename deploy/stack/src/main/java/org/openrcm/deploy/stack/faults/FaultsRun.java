package org.openrcm.deploy.stack.faults;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.openrcm.deploy.stack.DemoEncounter;
import org.openrcm.deploy.stack.DemoTenant;
import org.openrcm.deploy.stack.DemoWorkload;
import org.openrcm.deploy.stack.EncounterGenerator;
import org.openrcm.deploy.stack.ServiceSpec;
import org.openrcm.deploy.stack.StackSupervisor;

/**
 * {@code deploy/rcm faults}: drives claims through the running stack at a steady rate while injecting faults, every
 * kind alone and then two at once, until every encounter is offered; waits for the cycle to settle; runs statements;
 * then checks that nothing was lost, doubled or mis-posted ({@link FaultChecks}) and that the consumers caught up
 * soon after the last fault. Prints the faults with their outcomes and the checks; the result says whether all held.
 */
public final class FaultsRun {

    private static final int PRACTICES = 3;
    private static final int MIN_MIXED_ROUNDS = 2;
    private static final Duration LAG_SAMPLE = Duration.ofSeconds(2);
    /** The bound: consumers back at the ends of their partitions this soon after the last fault. */
    static final Duration LAG_RECOVERY_BOUND = Duration.ofSeconds(60);

    private final StackSupervisor supervisor;
    private final FaultOptions options;
    private final PrintStream out;
    private final List<long[]> lagSamples = Collections.synchronizedList(new ArrayList<>());

    public FaultsRun(StackSupervisor supervisor, FaultOptions options, PrintStream out) {
        this.supervisor = supervisor;
        this.options = options;
        this.out = out;
    }

    /** @return whether every check held */
    public boolean run() {
        long started = System.nanoTime();
        List<DemoTenant> tenants = DemoTenant.forRun(DemoTenant.newRunTag(), PRACTICES);
        List<String> tenantIds = tenants.stream().map(DemoTenant::tenantId).toList();
        // No member id or diagnosis a payer rejects: every claim's cycle can end without a biller's help.
        List<DemoEncounter> encounters = new EncounterGenerator(options.seed(), LocalDate.now())
                .generate(tenants, options.claims(), 0.0, 0.0);
        int distinct = (int) encounters.stream().map(DemoEncounter::key).distinct().count();
        String bootstrap = supervisor.endpoints().kafkaBootstrapServers();
        DemoWorkload workload = new DemoWorkload(supervisor.endpoints(), out);
        FaultChecks checks = new FaultChecks(supervisor, tenantIds);
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        try (FaultTap tap = FaultTap.start(bootstrap, tenantIds);
                RecordInjector records = new RecordInjector(bootstrap, tap, tenantIds);
                ConsumerLag lag = new ConsumerLag(bootstrap, ServiceSpec.ALL.stream().map(ServiceSpec::name).toList())) {
            workload.onboard(tenants);
            sampler.scheduleWithFixedDelay(() -> lagSamples.add(new long[] {System.currentTimeMillis(), lag.total()}),
                    0, LAG_SAMPLE.toMillis(), TimeUnit.MILLISECONDS);
            out.printf(Locale.ROOT, "Offering %d encounters at %d/s while injecting faults (%s)%n", encounters.size(),
                    options.rate(), options.kinds().stream().map(FaultKind::optionName).collect(Collectors.joining(", ")));
            SteadyIntake intake = new SteadyIntake(workload, options.rate());
            CompletableFuture<Void> offering = intake.start(encounters);
            List<Injected> injected = inject(new FaultInjector(supervisor, records, options.seed()), offering, intake);
            long lastFaultMillis = System.currentTimeMillis();
            awaitOffered(offering);
            out.printf(Locale.ROOT, "All %d encounters taken in (%d requests sent again); waiting for the cycle to"
                    + " settle%n", intake.taken(), intake.retries());
            long settledMillis = awaitSettled(checks, tap);
            out.println("Settled; running patient statements");
            workload.runStatements(tenants);
            List<FaultChecks.Check> results = new ArrayList<>(checks.run(distinct, tap, records.poisonIds()));
            results.add(lagCheck(lastFaultMillis));
            print(injected, results, Duration.ofNanos(System.nanoTime() - started), settledMillis - lastFaultMillis);
            return results.stream().allMatch(FaultChecks.Check::holds);
        } finally {
            sampler.shutdownNow();
        }
    }

    /** A fault as the report shows it, with what the intake and the consumers went through meanwhile. */
    private record Injected(FaultInjector.Fault fault, boolean mixed, int intakeRetries) {
    }

    private List<Injected> inject(FaultInjector injector, CompletableFuture<Void> offering, SteadyIntake intake) {
        FaultSchedule schedule = new FaultSchedule(options.kinds(), ServiceSpec.ALL.size(), options.seed());
        List<Injected> injected = new ArrayList<>();
        for (List<FaultKind> round : schedule.single()) {
            injected.addAll(round(injector, round, false, intake));
        }
        int mixed = 0;
        while (mixed < MIN_MIXED_ROUNDS || !offering.isDone()) {
            injected.addAll(round(injector, schedule.mixed(), true, intake));
            mixed++;
        }
        return injected;
    }

    /** Waits the gap, then injects the round's faults at once and waits until each part is back. */
    private List<Injected> round(FaultInjector injector, List<FaultKind> kinds, boolean mixed, SteadyIntake intake) {
        sleep(options.gap());
        int retriesBefore = intake.retries();
        List<CompletableFuture<FaultInjector.Fault>> faults = kinds.stream()
                .map(kind -> CompletableFuture.supplyAsync(() -> injector.inject(kind))).toList();
        List<FaultInjector.Fault> done = new ArrayList<>();
        for (CompletableFuture<FaultInjector.Fault> fault : faults) {
            try {
                FaultInjector.Fault result = fault.join();
                out.printf(Locale.ROOT, "  %-28s %-26s %s%n", result.kind().description(), result.target(),
                        result.detail());
                done.add(result);
            } catch (CompletionException e) {
                throw new IllegalStateException("A fault could not be injected: " + e.getCause().getMessage(),
                        e.getCause());
            }
        }
        int retries = intake.retries() - retriesBefore;
        return done.stream().map(fault -> new Injected(fault, mixed, retries)).toList();
    }

    private static void awaitOffered(CompletableFuture<Void> offering) {
        try {
            offering.join();
        } catch (CompletionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        }
    }

    /**
     * Waits until every coded encounter has its claim settled and every outbox is published.
     *
     * @return when that was
     * @throws IllegalStateException when it takes longer than the settle time
     */
    private long awaitSettled(FaultChecks checks, FaultTap tap) {
        long deadline = System.nanoTime() + options.settle().toNanos();
        while (true) {
            tap.checkRunning();
            supervisor.checkRunning();
            long coded = checks.codedEncounters();
            long unsettled = checks.unsettledClaims();
            long unpublished = checks.unpublished();
            // A coded encounter whose claim is not built yet keeps the run waiting too.
            if (unsettled == 0 && unpublished == 0 && checks.claims() == coded) {
                return System.currentTimeMillis();
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The cycle did not settle within " + options.settle().toMinutes()
                        + " min: " + unsettled + " claims not settled, " + unpublished + " outbox rows unpublished");
            }
            sleep(Duration.ofSeconds(2));
        }
    }

    /** The consumers must have been caught up (no lag) within the bound after the last fault ended. */
    private FaultChecks.Check lagCheck(long lastFaultMillis) {
        List<long[]> samples;
        synchronized (lagSamples) {
            samples = List.copyOf(lagSamples);
        }
        long caughtUp = samples.stream().filter(sample -> sample[0] >= lastFaultMillis && sample[1] == 0)
                .mapToLong(sample -> sample[0] - lastFaultMillis).min().orElse(-1);
        String found = caughtUp < 0 ? "never" : String.format(Locale.ROOT, "%.0f s", caughtUp / 1000.0);
        return new FaultChecks.Check("consumer lag back to zero after the last fault", "<= "
                + LAG_RECOVERY_BOUND.toSeconds() + " s", found, caughtUp >= 0
                && caughtUp <= LAG_RECOVERY_BOUND.toMillis());
    }

    private void print(List<Injected> injected, List<FaultChecks.Check> results, Duration took, long settleMillis) {
        out.println();
        out.println("Faults and what the pipeline went through");
        out.printf(Locale.ROOT, "  %-38s %6s %6s %-34s %10s %9s %9s%n", "fault", "alone", "mixed", "targets",
                "longest", "retries", "peak lag");
        Map<FaultKind, List<Injected>> byKind = new LinkedHashMap<>();
        injected.forEach(entry -> byKind.computeIfAbsent(entry.fault().kind(), kind -> new ArrayList<>()).add(entry));
        byKind.forEach((kind, entries) -> {
            long alone = entries.stream().filter(entry -> !entry.mixed()).count();
            long mixed = entries.size() - alone;
            String targets = entries.stream().map(entry -> entry.fault().target()).distinct().sorted()
                    .collect(Collectors.joining(","));
            Duration longest = entries.stream().map(entry -> entry.fault().outage()).max(Duration::compareTo)
                    .orElse(Duration.ZERO);
            int retries = entries.stream().mapToInt(Injected::intakeRetries).sum();
            long peak = entries.stream().mapToLong(entry -> peakLag(entry.fault())).max().orElse(0);
            out.printf(Locale.ROOT, "  %-38s %6d %6d %-34s %8.1f s %9d %9d%n", kind.description(), alone, mixed,
                    targets.length() > 34 ? targets.substring(0, 31) + "..." : targets, longest.toMillis() / 1000.0,
                    retries, peak);
        });
        out.println();
        out.println("Checks");
        results.forEach(check -> out.printf(Locale.ROOT, "  %-4s %-72s expected %-8s found %s%n",
                check.holds() ? "ok" : "FAIL", check.name(), check.expected(), check.found()));
        long failed = results.stream().filter(check -> !check.holds()).count();
        out.printf(Locale.ROOT, "%n%d faults injected, %d claims; settled %.0f s after the last fault; the suite took"
                + " %.1f min; %s%n", injected.size(), options.claims(), settleMillis / 1000.0, took.toSeconds() / 60.0,
                failed == 0 ? "every check held" : failed + " check(s) FAILED");
    }

    /** The most records the consumers were behind from the fault's start to the end of the gap after it. */
    private long peakLag(FaultInjector.Fault fault) {
        long from = fault.startedAtMillis();
        long to = from + fault.outage().toMillis() + options.gap().toMillis();
        synchronized (lagSamples) {
            return lagSamples.stream().filter(sample -> sample[0] >= from && sample[0] <= to)
                    .mapToLong(sample -> sample[1]).max().orElse(0);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
