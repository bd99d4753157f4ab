package org.openrcm.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class SimulatorOptionsTest {

    @Test
    void readsEveryFlag() {
        SimulatorOptions options = SimulatorOptions.parse("--drop-root", "/tmp/drop", "--state-dir", "/tmp/state",
                "--ack-delay", "0ms", "--remit-delay", "2s", "--poll-interval", "50ms");

        assertThat(options).isEqualTo(new SimulatorOptions(Path.of("/tmp/drop"), Path.of("/tmp/state"),
                Duration.ZERO, Duration.ofSeconds(2), Duration.ofMillis(50)));
    }

    @Test
    void keepsItsStateInTheDropUnlessToldOtherwise() {
        SimulatorOptions options = SimulatorOptions.parse("--drop-root", "/tmp/drop");

        assertThat(options.stateDir()).isEqualTo(Path.of("/tmp/drop/.simulator"));
        assertThat(options.ackDelay()).isEqualTo(Duration.ofMillis(200));
        assertThat(options.remitDelay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(options.pollInterval()).isEqualTo(Duration.ofMillis(200));
    }

    @Test
    void refusesWhatItCannotUse() {
        assertThatIllegalArgumentException().isThrownBy(SimulatorOptions::parse).withMessageContaining("--drop-root");
        assertThatIllegalArgumentException().isThrownBy(() -> SimulatorOptions.parse("--claims-url", "http://a"));
        assertThatIllegalArgumentException().isThrownBy(() -> SimulatorOptions.parse("--drop-root"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SimulatorOptions.parse("--drop-root", "/d", "--poll-interval", "0ms"));
        assertThatIllegalArgumentException().isThrownBy(() -> Durations.parse("1h"));
        assertThat(Durations.parse("5m")).isEqualTo(Duration.ofMinutes(5));
    }
}
