package org.openrcm.deploy.stack.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class FaultOptionsTest {

    @Test
    void drivesTenThousandClaimsThroughEveryFaultByDefault() {
        FaultOptions options = FaultOptions.parse(List.of());

        assertThat(options.claims()).isEqualTo(10_000);
        assertThat(options.kinds()).containsExactly(FaultKind.values());
        assertThat(options.replicas()).containsEntry("claims-service", 2).containsEntry("payments-service", 2);
    }

    @Test
    void readsTheKindsByTheirOptionNames() {
        FaultOptions options = FaultOptions.parse(List.of("--kinds", "crash,database-freeze", "--claims", "500",
                "--gap", "5s"));

        assertThat(options.kinds()).containsExactly(FaultKind.CRASH, FaultKind.DATABASE_FREEZE);
        assertThat(options.claims()).isEqualTo(500);
        assertThat(options.gap()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void refusesAnUnknownKindNamingTheKnownOnes() {
        assertThatIllegalArgumentException().isThrownBy(() -> FaultOptions.parse(List.of("--kinds", "meteor")))
                .withMessageContaining("meteor").withMessageContaining("broker-restart");
    }

    @Test
    void refusesAMissingOrNonNumericValue() {
        assertThatIllegalArgumentException().isThrownBy(() -> FaultOptions.parse(List.of("--claims")))
                .withMessageContaining("Missing value for --claims");
        assertThatIllegalArgumentException().isThrownBy(() -> FaultOptions.parse(List.of("--rate", "fast")))
                .withMessageContaining("--rate takes a number");
    }
}
