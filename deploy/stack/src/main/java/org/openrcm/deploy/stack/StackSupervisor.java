package org.openrcm.deploy.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.openrcm.deploy.infra.LocalPostgres;
import org.openrcm.deploy.infra.PostgresSettings;
import org.openrcm.simulator.ClearinghouseSimulatorMain;

/**
 * Runs the cycle on this machine: a Kafka broker child, PostgreSQL (the local server, or an embedded one it
 * starts), the clearinghouse simulator child and one child JVM per service, each on a free port and logging to
 * its own file. {@link #close()} stops everything it started, services first; it is safe to call from a
 * shutdown hook while {@link #start()} is still running.
 */
public final class StackSupervisor implements AutoCloseable {

    private static final Pattern BROKER_READY = Pattern.compile("READY bootstrap=(\\S+)");
    private static final Pattern SIMULATOR_READY = Pattern.compile("READY drop-root=(.+)");
    private static final Duration BROKER_START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration SIMULATOR_START_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration SERVICE_START_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration SERVICE_STOP_GRACE = Duration.ofSeconds(20);
    private static final Duration BROKER_STOP_GRACE = Duration.ofSeconds(30);
    private static final String BROKER = "kafka-broker";
    private static final Path SETSID = Path.of("/usr/bin/setsid");
    private static final String SIMULATOR = "clearinghouse-simulator";
    /**
     * How each service JVM is sized, so that an idle instance stays small and replicas pack densely: a heap that
     * starts small and grows only under load (the serial collector gives it back), bounded metaspace and thread
     * stacks; the compiler as the plan's {@link StackPlan.JvmProfile} says.
     */
    static final List<String> SERVICE_JVM = List.of("-XX:+UseSerialGC", "-Xms24m", "-Xmx192m",
            "-XX:MaxMetaspaceSize=160m", "-Xss512k", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30",
            "-Djdk.nio.maxCachedBufferSize=262144");
    /** glibc's malloc keeps an arena per thread that allocates; a JVM's many threads make that tens of MB. */
    static final Map<String, String> SMALL_MALLOC = Map.of("MALLOC_ARENA_MAX", "2");
    /** Replaces {@link #SERVICE_JVM} when set (space-separated JVM options), to size services otherwise. */
    static final String SERVICE_JAVA_OPTIONS_VARIABLE = "RCM_SERVICE_JAVA_OPTIONS";
    /** Replaces {@link #BROKER_JVM} when set. */
    static final String BROKER_JAVA_OPTIONS_VARIABLE = "RCM_BROKER_JAVA_OPTIONS";
    /** The broker's: the same small-footprint settings; page cache, not heap, holds the log. */
    static final List<String> BROKER_JVM = List.of("-XX:+UseSerialGC", "-Xms32m", "-Xmx192m",
            "-XX:MaxMetaspaceSize=96m", "-XX:ReservedCodeCacheSize=48m", "-Xss512k",
            "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-Djdk.nio.maxCachedBufferSize=262144");

    private final StackPlan plan;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<ChildProcess> children = new ArrayList<>();
    /** How each child was started, so that the fault suite can start it again the same way (same port). */
    private final Map<String, Launch> launches = new ConcurrentHashMap<>();
    /** Children the fault suite took down on purpose: their exit is not news. */
    private final Set<ChildProcess> takenDown = ConcurrentHashMap.newKeySet();
    private DatabaseLinks databaseLinks;
    private LocalPostgres postgres;
    private boolean closing;
    private volatile StackEndpoints endpoints;
    private final Map<String, Duration> readyTimes = new ConcurrentHashMap<>();

    private record Launch(List<String> command, Map<String, String> environment) {
    }

    public StackSupervisor(StackPlan plan, PrintStream out) {
        this.plan = plan;
        this.out = out;
    }

    /**
     * Starts the stack and returns once every service answers ready; on any failure stops what it had started.
     *
     * @throws IllegalStateException naming the part that did not start and where its log is
     */
    public StackEndpoints start() {
        StackLayout layout = plan.layout();
        out.println("Starting the OpenRCM stack; logs in " + layout.logsDir());
        try {
            requireBuiltServices(layout);
            if (plan.throwaway()) {
                deleteRecursively(layout.kafkaDir());
                deleteRecursively(layout.artifactsDir());
            }
            String bootstrap = startBroker(layout);
            LocalPostgres database = startPostgres(layout);
            Path drop = startSimulator(layout);
            Map<String, URI> services = startServices(layout, bootstrap, database.settings(), drop);
            endpoints = new StackEndpoints(bootstrap, database.describe(), drop, services);
            return endpoints;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** @throws IllegalStateException before {@link #start()} has succeeded */
    public StackEndpoints endpoints() {
        if (endpoints == null) {
            throw new IllegalStateException("The stack is not started");
        }
        return endpoints;
    }

    /** How to reach the PostgreSQL server the services use. */
    public synchronized PostgresSettings postgresSettings() {
        if (postgres == null) {
            throw new IllegalStateException("PostgreSQL is not started");
        }
        return postgres.settings();
    }

    /** The database a service of this stack uses. */
    public String database(ServiceSpec service) {
        return plan.database(service);
    }

    public StackLayout layout() {
        return plan.layout();
    }

    /** The processes started, in start order. */
    public synchronized List<ChildProcess> children() {
        return List.copyOf(children);
    }

    private synchronized boolean isClosing() {
        return closing;
    }

    /** @throws IllegalStateException naming the first child that is no longer running, and its log */
    public void checkRunning() {
        for (ChildProcess child : children()) {
            if (!child.isAlive()) {
                throw new IllegalStateException(child.name() + " exited with code " + child.exitValue()
                        + "; see " + child.log());
            }
        }
    }

    /** Before starting anything: a service that is not built would only be found missing minutes later. */
    private void requireBuiltServices(StackLayout layout) {
        for (ServiceSpec service : plan.services()) {
            Path jar = layout.serviceJar(service);
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(service.name() + " is not built (" + jar
                        + " is missing); build it with ./mvnw -DskipTests install");
            }
        }
    }

    private String startBroker(StackLayout layout) {
        long started = System.nanoTime();
        List<String> arguments = new ArrayList<>(javaOptions(BROKER_JAVA_OPTIONS_VARIABLE, BROKER_JVM));
        arguments.addAll(List.of("-cp", classpath(), KafkaBrokerMain.class.getName(),
                "--data-dir", layout.kafkaDir().toString(), "--port", "0"));
        ChildProcess broker = launch(BROKER, javaCommand(arguments.toArray(String[]::new)), SMALL_MALLOC);
        String bootstrap = broker.awaitLogLine(BROKER_READY, BROKER_START_TIMEOUT).group(1);
        // Started again (by the fault suite), the broker must come back where every client looks for it.
        arguments.set(arguments.indexOf("--port") + 1, bootstrap.substring(bootstrap.lastIndexOf(':') + 1));
        launches.put(BROKER, new Launch(javaCommand(arguments.toArray(String[]::new)), SMALL_MALLOC));
        readyTimes.put(BROKER, Duration.ofNanos(System.nanoTime() - started));
        report(BROKER, bootstrap, started);
        return bootstrap;
    }

    private LocalPostgres startPostgres(StackLayout layout) {
        LocalPostgres database = LocalPostgres.connectOrStart(PostgresSettings.fromEnvironment(), layout.postgresDir());
        register(database);
        for (ServiceSpec service : ServiceSpec.ALL) {
            if (plan.throwaway()) {
                database.recreateDatabase(plan.database(service));
            } else {
                database.ensureDatabase(plan.database(service));
            }
        }
        out.printf("  %-24s %s%n", "postgres", database.describe());
        return database;
    }

    /** The simulator watches the file drop; its answers wait under the run directory until they are due. */
    private Path startSimulator(StackLayout layout) {
        long started = System.nanoTime();
        Path drop = layout.clearinghouseDrop();
        ChildProcess simulator = launch(SIMULATOR, javaCommand("-Xmx96m", "-cp", classpath(),
                ClearinghouseSimulatorMain.class.getName(), "--drop-root", drop.toString(),
                "--ack-delay", plan.simulator().ackDelay().toMillis() + "ms",
                "--remit-delay", plan.simulator().remitDelay().toMillis() + "ms",
                "--poll-interval", plan.simulator().simulatorPoll().toMillis() + "ms"), Map.of());
        simulator.awaitLogLine(SIMULATOR_READY, SIMULATOR_START_TIMEOUT);
        readyTimes.put(SIMULATOR, Duration.ofNanos(System.nanoTime() - started));
        report(SIMULATOR, drop + " (answers after " + plan.simulator().ackDelay().toMillis() + " ms, remittances "
                + plan.simulator().remitDelay().toMillis() + " ms later)", started);
        return drop;
    }

    /**
     * Starts every instance of every service at once (they take seconds each to boot), each on a free port, then
     * waits for each to be ready.
     */
    private Map<String, URI> startServices(StackLayout layout, String bootstrap, PostgresSettings database,
            Path clearinghouseDrop) {
        Map<String, ChildProcess> launched = new LinkedHashMap<>();
        Map<String, URI> urls = new LinkedHashMap<>();
        Map<String, Long> startedAt = new LinkedHashMap<>();
        DatabaseLinks links = plan.databaseProxies() ? openDatabaseLinks() : null;
        for (ServiceSpec service : plan.services()) {
            for (int instance = 1; instance <= plan.replicas(service); instance++) {
                String name = service.instanceName(instance);
                int port = freePort();
                PostgresSettings reach = links == null ? database : links.open(name, freePort(), database);
                List<String> options = new ArrayList<>(javaOptions(SERVICE_JAVA_OPTIONS_VARIABLE,
                        plan.jvm().options(SERVICE_JVM)));
                options.addAll(List.of("-Dquarkus.http.host=127.0.0.1",
                        "-Dquarkus.http.port=" + port,
                        "-Dkafka.bootstrap.servers=" + bootstrap,
                        "-Dquarkus.datasource.jdbc.url=" + reach.jdbcUrl(plan.database(service)),
                        "-Dquarkus.datasource.username=" + database.user()));
                if (service.usesClearinghouseDrop()) {
                    options.add("-Drcm.clearinghouse.drop.root=" + clearinghouseDrop);
                    options.add("-Drcm.clearinghouse.drop.poll-interval=" + plan.simulator().servicePoll().toMillis()
                            + "ms");
                }
                options.addAll(List.of("-jar", layout.serviceJar(service).toString()));
                startedAt.put(name, System.nanoTime());
                // The password goes through the environment: a command line is readable by every local user.
                launched.put(name, launch(name, javaCommand(options.toArray(String[]::new)),
                        Map.of("QUARKUS_DATASOURCE_PASSWORD", database.password(), "MALLOC_ARENA_MAX",
                                SMALL_MALLOC.get("MALLOC_ARENA_MAX"))));
                urls.put(name, localUrl(port));
            }
        }
        launched.forEach((name, child) -> {
            URI url = urls.get(name);
            child.awaitHttpOk(http, url.resolve("/q/health/ready"), SERVICE_START_TIMEOUT);
            Duration ready = Duration.ofNanos(System.nanoTime() - startedAt.get(name));
            readyTimes.put(name, ready);
            report(name, url.toString(), startedAt.get(name));
        });
        return urls;
    }

    /** The running instances of every service, by name ({@code claims-service}, {@code claims-service-2}, ...). */
    public List<String> serviceInstances() {
        return children().stream().map(ChildProcess::name)
                .filter(name -> !name.equals(BROKER) && !name.equals(SIMULATOR)).toList();
    }

    /** The name of the broker's process, for {@link #kill}, {@link #restart}, {@link #freeze}. */
    public String brokerName() {
        return BROKER;
    }

    /** Kills a process at once (SIGKILL): a crash, or the OOM killer; it gets no chance to clean up. */
    public void kill(String name) {
        ChildProcess child = child(name);
        takenDown.add(child);
        child.kill();
    }

    /** Stops a process the way an orchestrator does (SIGTERM, then SIGKILL after the grace period). */
    public void stop(String name) {
        ChildProcess child = child(name);
        takenDown.add(child);
        child.requestStop();
        child.awaitStop(name.equals(BROKER) ? BROKER_STOP_GRACE : SERVICE_STOP_GRACE);
    }

    /**
     * Starts a process that was killed or stopped again exactly as before (same port, same settings, its log
     * continued) and waits until it is ready again.
     *
     * @return how long it took to be ready
     */
    public Duration restart(String name) {
        Launch launch = launches.get(name);
        if (launch == null || child(name).isAlive()) {
            throw new IllegalStateException(name + " is not a stopped process of this stack");
        }
        long started = System.nanoTime();
        ChildProcess child = launch(name, launch.command(), launch.environment());
        if (name.equals(BROKER)) {
            child.awaitLogLine(BROKER_READY, BROKER_START_TIMEOUT);
        } else if (!name.equals(SIMULATOR)) {
            child.awaitHttpOk(http, endpoints().services().get(name).resolve("/q/health/ready"),
                    SERVICE_START_TIMEOUT);
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** Freezes a process (SIGSTOP): it holds its connections but answers nothing, as a hung host does. */
    public void freeze(String name) {
        child(name).signal("STOP");
    }

    public void thaw(String name) {
        child(name).signal("CONT");
    }

    /** Holds every byte between a service instance and PostgreSQL (the plan must have database proxies). */
    public void freezeDatabaseLink(String instance) {
        links().freeze(instance);
    }

    public void thawDatabaseLink(String instance) {
        links().thaw(instance);
    }

    /** Registered like every child, so that a stop during the start closes the proxies too. */
    private synchronized DatabaseLinks openDatabaseLinks() {
        if (closing) {
            throw new IllegalStateException("The stack is stopping");
        }
        databaseLinks = new DatabaseLinks();
        return databaseLinks;
    }

    private synchronized DatabaseLinks links() {
        if (databaseLinks == null) {
            throw new IllegalStateException("This stack runs without database proxies");
        }
        return databaseLinks;
    }

    private ChildProcess child(String name) {
        return children().stream().filter(child -> child.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No process named " + name + " in this stack"));
    }

    /**
     * How long each process took from its launch to ready (a service: {@code /q/health/ready} answering 200; the
     * broker and simulator: their READY line), as far as the start got.
     */
    public Map<String, Duration> readyTimes() {
        return Map.copyOf(readyTimes);
    }

    private ChildProcess launch(String name, List<String> command, Map<String, String> environment) {
        synchronized (this) {
            if (closing) {
                throw new IllegalStateException("The stack is stopping; not starting " + name);
            }
            boolean again = launches.containsKey(name);
            ChildProcess child = ChildProcess.start(name, command, environment, plan.layout().log(name), again);
            children.removeIf(earlier -> earlier.name().equals(name));
            children.add(child);
            launches.putIfAbsent(name, new Launch(List.copyOf(command), Map.copyOf(environment)));
            child.onExit().thenAccept(exited -> {
                if (!isClosing() && !takenDown.contains(exited)) {
                    out.printf("  %-24s exited unexpectedly with code %d; see %s%n", exited.name(),
                            exited.exitValue(), exited.log());
                }
            });
            return child;
        }
    }

    private synchronized void register(LocalPostgres database) {
        if (closing) {
            database.close();
            throw new IllegalStateException("The stack is stopping");
        }
        postgres = database;
    }

    private void report(String name, String where, long startedNanos) {
        out.printf("  %-24s %-40s ready in %.1f s%n", name, where, (System.nanoTime() - startedNanos) / 1e9);
    }

    /**
     * Stops the services (all at once), then the simulator, then the broker; drops a throwaway stack's databases;
     * stops an embedded PostgreSQL.
     */
    @Override
    public void close() {
        List<ChildProcess> toStop;
        LocalPostgres database;
        synchronized (this) {
            if (closing) {
                return;
            }
            closing = true;
            toStop = new ArrayList<>(children);
            database = postgres;
        }
        if (toStop.isEmpty() && database == null) {
            return;
        }
        out.println("Stopping the OpenRCM stack");
        List<ChildProcess> services = toStop.stream()
                .filter(child -> !child.name().equals(BROKER) && !child.name().equals(SIMULATOR)).toList();
        services.forEach(ChildProcess::requestStop);
        services.forEach(child -> stopped(child, child.awaitStop(SERVICE_STOP_GRACE)));
        toStop.stream().filter(child -> child.name().equals(SIMULATOR)).forEach(child -> {
            child.requestStop();
            stopped(child, child.awaitStop(SERVICE_STOP_GRACE));
        });
        toStop.stream().filter(child -> child.name().equals(BROKER)).forEach(child -> {
            child.requestStop();
            stopped(child, child.awaitStop(BROKER_STOP_GRACE));
        });
        DatabaseLinks links;
        synchronized (this) {
            links = databaseLinks;
        }
        if (links != null) {
            links.close();
        }
        if (database != null && plan.throwaway()) {
            ServiceSpec.ALL.forEach(service -> dropQuietly(database, plan.database(service)));
        }
        if (database != null && database.isEmbedded()) {
            database.close();
            out.printf("  %-24s stopped%n", "postgres");
        }
    }

    private void dropQuietly(LocalPostgres database, String name) {
        try {
            database.dropDatabase(name);
        } catch (RuntimeException e) {
            out.printf("  %-24s could not drop %s: %s%n", "postgres", name, e.getMessage());
        }
    }

    private void stopped(ChildProcess child, boolean byItself) {
        out.printf("  %-24s %s%n", child.name(), byItself ? "stopped" : "killed (did not stop within its grace period)");
    }

    private static List<String> javaOptions(String variable, List<String> defaults) {
        String given = System.getenv(variable);
        return given == null || given.isBlank() ? defaults : List.of(given.trim().split("\\s+"));
    }

    private static List<String> javaCommand(String... arguments) {
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            // A session of its own: Ctrl-C in the terminal reaches only the supervisor, which then stops the
            // children in order (services before the broker they still talk to) instead of all at once.
            command.add(SETSID.toString());
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(arguments));
        return command;
    }

    /** This JVM's classpath: the stack jar (whose manifest names lib/) or, in tests, the build's classpath. */
    private static String classpath() {
        return System.getProperty("java.class.path");
    }

    private static URI localUrl(int port) {
        return URI.create("http://127.0.0.1:" + port);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + dir, e);
        }
    }
}
