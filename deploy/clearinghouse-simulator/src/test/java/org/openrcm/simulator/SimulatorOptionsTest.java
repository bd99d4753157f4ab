package org.openrcm.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class SimulatorOptionsTest {

    @Test
    void readsEveryFlag() {
        SimulatorOptions options = SimulatorOptions.parse("--port", "9000", "--claims-url", "http://127.0.0.1:1",
                "--payments-url", "http://127.0.0.1:2", "--ack-delay", "50ms", "--remit-delay", "2s");

        assertThat(options).isEqualTo(new SimulatorOptions(9000, URI.create("http://127.0.0.1:1"),
                URI.create("http://127.0.0.1:2"), Duration.ofMillis(50), Duration.ofSeconds(2)));
    }

    @Test
    void defaultsToAFreePortAndShortDelays() {
        SimulatorOptions options = SimulatorOptions.parse("--claims-url", "http://a", "--payments-url", "http://b");

        assertThat(options.port()).isZero();
        assertThat(options.ackDelay()).isEqualTo(Duration.ofMillis(200));
        assertThat(options.remitDelay()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void refusesWhatItCannotUse() {
        assertThatIllegalArgumentException().isThrownBy(() -> SimulatorOptions.parse("--claims-url", "http://a"));
        assertThatIllegalArgumentException().isThrownBy(() -> SimulatorOptions.parse("--colour", "red"));
        assertThatIllegalArgumentException().isThrownBy(() -> SimulatorOptions.parse("--port"));
        assertThatIllegalArgumentException().isThrownBy(() -> Durations.parse("1h"));
        assertThat(Durations.parse("5m")).isEqualTo(Duration.ofMinutes(5));
    }
}
