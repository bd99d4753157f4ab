package org.openrcm.simulator;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How the simulator runs.
 *
 * @param port        0 for a free port
 * @param claimsUrl   claims-service, which receives acknowledgments
 * @param paymentsUrl payments-service, which receives remittances
 */
public record SimulatorOptions(int port, URI claimsUrl, URI paymentsUrl, Duration ackDelay, Duration remitDelay) {

    public static final String USAGE = """
            Usage: ClearinghouseSimulatorMain --claims-url URL --payments-url URL [--port N] [--ack-delay 200ms] \
            [--remit-delay 1s]
              --port N            port to listen on (0, the default, picks a free one)
              --claims-url URL    claims-service base URL; acknowledgments go to URL/clearinghouse/acknowledgments
              --payments-url URL  payments-service base URL; remittances go to URL/remittances
              --ack-delay D       wait before acknowledging a submission (default 200ms)
              --remit-delay D     wait after acknowledging before remitting payment (default 1s)""";

    public SimulatorOptions {
        Objects.requireNonNull(claimsUrl, "claimsUrl");
        Objects.requireNonNull(paymentsUrl, "paymentsUrl");
        Objects.requireNonNull(ackDelay, "ackDelay");
        Objects.requireNonNull(remitDelay, "remitDelay");
    }

    /** @throws IllegalArgumentException for an unknown flag, a missing value or a missing required flag */
    public static SimulatorOptions parse(String... args) {
        int port = 0;
        URI claimsUrl = null;
        URI paymentsUrl = null;
        Duration ackDelay = Duration.ofMillis(200);
        Duration remitDelay = Duration.ofSeconds(1);
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Missing value for " + flag);
            }
            String value = args[++i];
            switch (flag) {
                case "--port" -> port = Integer.parseInt(value);
                case "--claims-url" -> claimsUrl = URI.create(value);
                case "--payments-url" -> paymentsUrl = URI.create(value);
                case "--ack-delay" -> ackDelay = Durations.parse(value);
                case "--remit-delay" -> remitDelay = Durations.parse(value);
                default -> throw new IllegalArgumentException("Unknown option " + flag);
            }
        }
        if (claimsUrl == null || paymentsUrl == null) {
            throw new IllegalArgumentException("--claims-url and --payments-url are required");
        }
        return new SimulatorOptions(port, claimsUrl, paymentsUrl, ackDelay, remitDelay);
    }
}
