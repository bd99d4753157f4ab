package org.openrcm.simulator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How the simulator runs.
 *
 * @param dropRoot     the file drop's root: {@code <root>/<tenantId>/<route>/outbound|inbound|remittance}
 * @param stateDir     where answers wait until due and control numbers are kept ({@code <drop root>/.simulator}
 *                     unless given; on the drop's file system, so answers appear by a rename)
 * @param ackDelay     from taking an 837P to its 999 and 277CAs
 * @param remitDelay   from the acknowledgments to the first 835s, and again to the second
 * @param pollInterval how often the outbound directories are looked at
 */
public record SimulatorOptions(Path dropRoot, Path stateDir, Duration ackDelay, Duration remitDelay,
        Duration pollInterval) {

    public static final String USAGE = """
            Usage: ClearinghouseSimulatorMain --drop-root DIR [--state-dir DIR] [--ack-delay 200ms] \
            [--remit-delay 1s] [--poll-interval 200ms]
              --drop-root DIR      the clearinghouse file drop: 837P files are taken from <DIR>/<tenant>/<route>/outbound,
                                   999 and 277CA files go to .../inbound, 835 files to .../remittance
              --state-dir DIR      answers not yet due and control numbers (default <drop root>/.simulator)
              --ack-delay D        from taking an 837P to its 999 and 277CA (default 200ms; 0ms allowed)
              --remit-delay D      from the acknowledgments to the first 835, and to the second (default 1s)
              --poll-interval D    how often the outbound directories are read (default 200ms)""";

    public SimulatorOptions {
        Objects.requireNonNull(dropRoot, "dropRoot");
        Objects.requireNonNull(ackDelay, "ackDelay");
        Objects.requireNonNull(remitDelay, "remitDelay");
        Objects.requireNonNull(pollInterval, "pollInterval");
        stateDir = stateDir == null ? dropRoot.resolve(".simulator") : stateDir;
        if (pollInterval.isZero()) {
            throw new IllegalArgumentException("--poll-interval must be more than 0");
        }
    }

    /** @throws IllegalArgumentException for an unknown flag, a missing value or a missing required flag */
    public static SimulatorOptions parse(String... args) {
        Path dropRoot = null;
        Path stateDir = null;
        Duration ackDelay = Duration.ofMillis(200);
        Duration remitDelay = Duration.ofSeconds(1);
        Duration pollInterval = Duration.ofMillis(200);
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Missing value for " + flag);
            }
            String value = args[++i];
            switch (flag) {
                case "--drop-root" -> dropRoot = Path.of(value);
                case "--state-dir" -> stateDir = Path.of(value);
                case "--ack-delay" -> ackDelay = Durations.parse(value);
                case "--remit-delay" -> remitDelay = Durations.parse(value);
                case "--poll-interval" -> pollInterval = Durations.parse(value);
                default -> throw new IllegalArgumentException("Unknown option " + flag);
            }
        }
        if (dropRoot == null) {
            throw new IllegalArgumentException("--drop-root is required");
        }
        return new SimulatorOptions(dropRoot, stateDir, ackDelay, remitDelay, pollInterval);
    }
}
