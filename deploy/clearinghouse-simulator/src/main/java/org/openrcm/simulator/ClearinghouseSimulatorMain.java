package org.openrcm.simulator;

/**
 * Runs the simulator until the process is stopped. Prints {@code READY drop-root=<dir>} on standard output once it
 * watches the drop, for whoever started it to read.
 */
public final class ClearinghouseSimulatorMain {

    private ClearinghouseSimulatorMain() {
    }

    public static void main(String[] args) {
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
            // One line per record; the JDK's default spreads each record over two.
            System.setProperty("java.util.logging.SimpleFormatter.format",
                    "%1$tF %1$tT.%1$tL %4$-7s %3$s - %5$s%6$s%n");
        }
        SimulatorOptions options;
        try {
            options = SimulatorOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(SimulatorOptions.USAGE);
            System.exit(2);
            return;
        }
        ClearinghouseSimulator simulator = ClearinghouseSimulator.start(options);
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "simulator-shutdown"));
        System.out.println("READY drop-root=" + simulator.dropRoot());
        System.out.flush();
    }
}
