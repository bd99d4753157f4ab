package org.openrcm.deploy.stack;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

import org.openrcm.deploy.stack.faults.FaultOptions;
import org.openrcm.deploy.stack.faults.FaultsRun;
import org.openrcm.simulator.Durations;

/**
 * The command line behind {@code deploy/rcm}: {@code demo}, {@code up}, {@code bench}, {@code faults}, {@code down},
 * {@code help}. Whatever a
 * command started is stopped when it ends, fails, or is interrupted (Ctrl-C, SIGTERM).
 */
public final class RcmCommand {

    static final String USAGE = """
            Usage: deploy/rcm <command> [options]

            Commands:
              demo [--encounters N] [--concurrency N] [--replicas S=N,...] [--keep-running] [--timeout 5m]
                  Start the stack, onboard 3 practices, send N encounters (default 100) through the whole cycle
                  (coding, claims, X12 837P/999/277CA/835 through the clearinghouse file drop, the biller's
                  corrections, payment posting, patient statements), print a summary and stop. The exchanged files
                  stay in deploy/.run/artifacts/clearinghouse.
                  --concurrency: encounter requests in flight at once (default 32); --replicas as for up.
                  --keep-running leaves the stack up afterwards (stop it with deploy/rcm down); --timeout bounds
                  the workload (default 5m).
              up [--replicas S=N,...]
                  Start the stack in the background and print where each part answers (deploy/.run/stack.json).
                  --replicas claims-service=2,payments-service=2 runs that many instances of a service (own HTTP
                  ports, one database and consumer group per service; at most 3, the smallest topic's partitions).
              bench [--quick] [--replicas S=N,...] [--start-rate 25] [--max-rate 500] [--step 30s] [--compact]
                  Start a stack whose clearinghouse answers at once, warm up, then offer encounters at a fixed
                  arrival rate (open loop: latency from each request's scheduled time to patient-billing applying
                  the claim's outcome), stepping the rate up until the cycle no longer keeps up. Prints sustained
                  claims/s, latency p50/p95/p99 at 100/s, per-stage rates and consumer lag, transactions per claim,
                  CPU and RSS of every process, idle RSS and time to ready, the PostgreSQL settings, and the machine's
                  ceilings (Kafka's ProducerPerformance/ConsumerPerformance, PostgreSQL entity+outbox and
                  inbox+entity+outbox transactions/s) with the pipeline's figures as ratios of them.
                  --quick: short steps and ceilings, a smoke run of a few minutes. The services run with the C2
                  compiler; --compact runs them as up and demo do (C1 only: less memory, faster start, slower code).
              faults [--claims 10000] [--rate 25] [--kinds all|crash,broker-restart,...] [--gap 10s]
                     [--replicas S=N,...] [--seed N] [--settle 15m]
                  Start a throwaway stack of its own (claims-service and payments-service twice, each service
                  instance reaching PostgreSQL through a TCP proxy) and drive the claims through it at a steady rate
                  while injecting faults, every kind alone and then two at once: kill -9 of each service (with its
                  outbox mid-relay), broker stop/start, a Kafka freeze (broker SIGSTOP 5-30 s), PostgreSQL
                  connections terminated, one instance's PostgreSQL link frozen 5-30 s, poison records, duplicate
                  deliveries, a replica leaving and rejoining. Then checks every encounter settled once, every outbox
                  event published and nothing else, the ledger equal to the remittances to the cent, patient shares
                  equal in payments and patient-billing, no duplicate statement line, the dead-letter topics holding
                  exactly the poison records with reasons, consumer lag back to zero within 60 s of the last fault.
                  Prints faults x outcomes and the checks; exits 1 when any check fails.
              down    Stop the stack started by up (or by demo --keep-running).
              help    Show this text.

            Logs of every process: deploy/.run/logs/. PostgreSQL: localhost:5432 if it answers (RCM_POSTGRES_HOST,
            RCM_POSTGRES_PORT, RCM_POSTGRES_USER, RCM_POSTGRES_PASSWORD), otherwise an embedded one. The services' and
            the broker's JVM options: RCM_SERVICE_JAVA_OPTIONS, RCM_BROKER_JAVA_OPTIONS replace the built-in ones.""";

    /** The demo's seed: every run sends the same patients and visits (dated relative to today). */
    private static final long DEMO_SEED = 20261120L;
    private static final int DEMO_PRACTICES = 3;
    private static final double DEMO_REJECTED_MEMBER_SHARE = 0.03;
    private static final double DEMO_OUTDATED_DIAGNOSIS_SHARE = 0.04;
    private static final Duration DOWN_GRACE = Duration.ofSeconds(120);
    /** The shell's status for a command ended by Ctrl-C. */
    private static final int INTERRUPTED = 130;

    private final PrintStream out;
    /** Set when the JVM shuts down (Ctrl-C, SIGTERM): failures after that are the stop, not errors. */
    private volatile boolean shuttingDown;
    /** The demo's event tap, closed before the stack it reads from when the JVM shuts down. */
    private volatile EventTap tap;

    private RcmCommand(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        int status;
        try {
            status = new RcmCommand(System.out).run(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println();
            System.err.println(USAGE);
            status = 2;
        } catch (RuntimeException e) {
            System.err.println("FAILED: " + e.getMessage());
            status = 1;
        }
        System.exit(status);
    }

    private int run(String[] args) {
        String command = args.length == 0 ? "help" : args[0];
        List<String> options = List.of(args).subList(Math.min(1, args.length), args.length);
        return switch (command) {
            case "demo" -> demo(options);
            case "up" -> up(options);
            case "bench" -> bench(options);
            case "faults" -> faults(options);
            case "down" -> down(options);
            case "help", "--help", "-h" -> {
                out.println(USAGE);
                yield 0;
            }
            default -> throw new IllegalArgumentException("Unknown command: " + command);
        };
    }

    private int demo(List<String> options) {
        // About a minute of workload on a 2-core machine; claims-service's claim building paces the cycle.
        int encounters = 100;
        boolean keepRunning = false;
        Duration timeout = Duration.ofMinutes(5);
        int concurrency = DemoWorkload.DEFAULT_ENCOUNTERS_IN_FLIGHT;
        Map<String, Integer> replicas = Map.of();
        for (int i = 0; i < options.size(); i++) {
            switch (options.get(i)) {
                case "--encounters" -> encounters = Integer.parseInt(value(options, ++i, "--encounters"));
                case "--concurrency" -> concurrency = Integer.parseInt(value(options, ++i, "--concurrency"));
                case "--replicas" -> replicas = StackPlan.parseReplicas(value(options, ++i, "--replicas"));
                case "--keep-running" -> keepRunning = true;
                case "--timeout" -> timeout = Durations.parse(value(options, ++i, "--timeout"));
                default -> throw new IllegalArgumentException("Unknown option for demo: " + options.get(i));
            }
        }
        if (encounters < 1) {
            throw new IllegalArgumentException("--encounters must be at least 1");
        }
        if (concurrency < 1) {
            throw new IllegalArgumentException("--concurrency must be at least 1");
        }
        StackLayout layout = StackLayout.fromSystemProperty();
        StackSupervisor supervisor = startStack(StackPlan.standard(layout).withReplicas(replicas));
        if (supervisor == null) {
            return notStartedStatus();
        }
        List<DemoTenant> tenants = DemoTenant.forRun(DemoTenant.newRunTag(), DEMO_PRACTICES);
        List<DemoEncounter> workload = new EncounterGenerator(DEMO_SEED, LocalDate.now())
                .generate(tenants, encounters, DEMO_REJECTED_MEMBER_SHARE, DEMO_OUTDATED_DIAGNOSIS_SHARE);
        try (EventTap demoTap = EventTap.start(supervisor.endpoints().kafkaBootstrapServers(),
                tenants.stream().map(DemoTenant::tenantId).toList())) {
            tap = demoTap;
            new DemoRun(supervisor, demoTap, out, timeout, concurrency).run(tenants, workload, true).print(out);
            out.println("Every X12 file exchanged is kept in " + supervisor.endpoints().clearinghouseDrop()
                    + "/<practice>/<route>/{outbound,inbound,remittance}/processed (inspect one with deploy/rcm x12"
                    + " inspect FILE)");
        } catch (RuntimeException e) {
            return fail(supervisor, e);
        } finally {
            tap = null;
        }
        if (keepRunning) {
            return stayUp(supervisor, layout);
        }
        supervisor.close();
        return 0;
    }

    private int up(List<String> options) {
        Map<String, Integer> replicas = Map.of();
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).equals("--replicas")) {
                replicas = StackPlan.parseReplicas(value(options, ++i, "--replicas"));
            } else {
                throw new IllegalArgumentException("Unknown option for up: " + options.get(i));
            }
        }
        StackLayout layout = StackLayout.fromSystemProperty();
        StackSupervisor supervisor = startStack(StackPlan.standard(layout).withReplicas(replicas));
        return supervisor == null ? notStartedStatus() : stayUp(supervisor, layout);
    }

    private int bench(List<String> options) {
        BenchOptions bench = BenchOptions.parse(options);
        StackLayout layout = StackLayout.fromSystemProperty();
        StackSupervisor supervisor = startStack(StackPlan.standard(layout).withReplicas(bench.replicas())
                .withSimulator(StackPlan.SimulatorTiming.IMMEDIATE).withJvm(bench.jvm()));
        if (supervisor == null) {
            return notStartedStatus();
        }
        try {
            new BenchRun(supervisor, bench, out).run();
        } catch (RuntimeException e) {
            return fail(supervisor, e);
        }
        supervisor.close();
        return 0;
    }

    private int faults(List<String> options) {
        FaultOptions faults = FaultOptions.parse(options);
        StackLayout standard = StackLayout.fromSystemProperty();
        // A run directory and databases of its own: the suite kills and freezes what it runs, never a user's stack.
        StackLayout layout = new StackLayout(standard.home(), standard.runDir().resolve("faults"));
        StackSupervisor supervisor = startStack(StackPlan.throwaway(layout, ServiceSpec.ALL, "faults")
                .withReplicas(faults.replicas()).withDatabaseProxies());
        if (supervisor == null) {
            return notStartedStatus();
        }
        boolean held;
        try {
            held = new FaultsRun(supervisor, faults, out).run();
        } catch (RuntimeException e) {
            return fail(supervisor, e);
        }
        supervisor.close();
        return held ? 0 : 1;
    }

    private int down(List<String> options) {
        if (!options.isEmpty()) {
            throw new IllegalArgumentException("down takes no options");
        }
        StackFile stackFile = new StackFile(StackLayout.fromSystemProperty().stackFile());
        Optional<ProcessHandle> supervisor = stackFile.runningSupervisor();
        if (supervisor.isEmpty()) {
            out.println("No stack is running.");
            return 0;
        }
        out.println("Stopping the OpenRCM stack (supervisor pid " + supervisor.get().pid() + ")");
        stackFile.stopRunning(DOWN_GRACE);
        out.println("Stopped.");
        return 0;
    }

    /** @return the started stack, or null when it did not start (the reason is printed) */
    private StackSupervisor startStack(StackPlan plan) {
        new StackFile(plan.layout().stackFile()).refuseIfRunning();
        StackSupervisor supervisor = new StackSupervisor(plan, out);
        // Registered before starting, so that Ctrl-C during a slow start stops what has started so far.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            shuttingDown = true;
            EventTap demoTap = tap;
            if (demoTap != null) {
                demoTap.close();
            }
            supervisor.close();
        }, "stack-shutdown"));
        try {
            supervisor.start();
            return supervisor;
        } catch (RuntimeException e) {
            fail(supervisor, e);
            return null;
        }
    }

    /** Writes {@code stack.json} and waits until SIGTERM ({@code down}) or Ctrl-C stops the stack. */
    private int stayUp(StackSupervisor supervisor, StackLayout layout) {
        StackFile stackFile = new StackFile(layout.stackFile());
        StackStatus status = StackStatus.of(supervisor);
        long pid = status.pid();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stackFile.deleteIfWrittenBy(pid), "stack-file"));
        stackFile.write(status);
        StackEndpoints endpoints = status.endpoints();
        out.println();
        out.println("The OpenRCM stack is up (supervisor pid " + pid + "):");
        out.printf("  %-24s %s%n", "kafka", endpoints.kafkaBootstrapServers());
        out.printf("  %-24s %s%n", "postgres", endpoints.postgres());
        out.printf("  %-24s %s%n", "clearinghouse file drop", endpoints.clearinghouseDrop());
        endpoints.services().forEach((name, url) -> out.printf("  %-24s %s%n", name, url));
        out.println("Details in " + stackFile.path() + "; stop it with deploy/rcm down (or Ctrl-C).");
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private int notStartedStatus() {
        return shuttingDown ? INTERRUPTED : 1;
    }

    private int fail(StackSupervisor supervisor, RuntimeException e) {
        if (shuttingDown) {
            return INTERRUPTED; // the shutdown hook is stopping the stack
        }
        System.err.println("FAILED: " + e.getMessage());
        supervisor.close();
        return 1;
    }

    private static String value(List<String> options, int index, String option) {
        if (index >= options.size()) {
            throw new IllegalArgumentException("Missing value for " + option);
        }
        return options.get(index);
    }
}
