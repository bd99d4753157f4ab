package org.openrcm.deploy.stack;

import java.nio.file.Path;

/**
 * Where the stack finds the services it runs and keeps what it writes.
 *
 * @param home   the repository root
 * @param runDir the broker's and embedded database's data, the logs, the exchanged files and {@code stack.json}
 */
public record StackLayout(Path home, Path runDir) {

    /** The system property naming the repository root; {@code deploy/rcm} and the build set it. */
    public static final String HOME_PROPERTY = "rcm.home";

    public StackLayout {
        home = home.toAbsolutePath().normalize();
        runDir = runDir.toAbsolutePath().normalize();
    }

    /** The repository named by {@value #HOME_PROPERTY}, with its run directory {@code deploy/.run}. */
    public static StackLayout fromSystemProperty() {
        String home = System.getProperty(HOME_PROPERTY);
        if (home == null || home.isBlank()) {
            throw new IllegalStateException("System property " + HOME_PROPERTY
                    + " must name the OpenRCM repository root; run the stack through deploy/rcm");
        }
        Path root = Path.of(home);
        return new StackLayout(root, root.resolve("deploy").resolve(".run"));
    }

    public Path logsDir() {
        return runDir.resolve("logs");
    }

    public Path log(String processName) {
        return logsDir().resolve(processName + ".log");
    }

    public Path kafkaDir() {
        return runDir.resolve("kafka");
    }

    public Path postgresDir() {
        return runDir.resolve("postgres");
    }

    /** Every file a run exchanges, kept for people to look at. */
    public Path artifactsDir() {
        return runDir.resolve("artifacts");
    }

    /**
     * The clearinghouse file drop shared by claims-service, payments-service and the simulator:
     * {@code <tenant>/<route>/outbound|inbound|remittance}, each with its {@code processed/} and
     * {@code quarantine/}.
     */
    public Path clearinghouseDrop() {
        return artifactsDir().resolve("clearinghouse");
    }

    public Path stackFile() {
        return runDir.resolve("stack.json");
    }

    /** The runnable application a service's build leaves behind. */
    public Path serviceJar(ServiceSpec service) {
        return home.resolve(service.name()).resolve("target").resolve("quarkus-app").resolve("quarkus-run.jar");
    }
}
