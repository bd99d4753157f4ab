package org.openrcm.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void doublesTheDelayAfterEachFailureUpToTheMaximum() {
        RetryPolicy policy = RetryPolicy.STANDARD;

        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofMillis(250));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.delayAfter(6)).isEqualTo(Duration.ofSeconds(8));
        assertThat(policy.delayAfter(7)).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.delayAfter(60)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void retriesForAboutAMinuteSoThatARestartingServiceGetsItsDocuments() {
        Duration total = Duration.ZERO;
        for (int failed = 1; failed < RetryPolicy.STANDARD.maxAttempts(); failed++) {
            total = total.plus(RetryPolicy.STANDARD.delayAfter(failed));
        }
        assertThat(total).isBetween(Duration.ofSeconds(45), Duration.ofSeconds(90));
    }
}
