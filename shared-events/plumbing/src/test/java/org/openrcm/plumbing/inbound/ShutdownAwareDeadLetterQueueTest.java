package org.openrcm.plumbing.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShutdownAwareDeadLetterQueueTest {

    @Test
    void aRecordCutShortByShutdownIsRecognisedHoweverWrapped() {
        ConsumptionInterruptedException interrupted = new ConsumptionInterruptedException("shutdown",
                new InterruptedException());

        assertThat(ShutdownAwareDeadLetterQueue.interrupted(interrupted)).isTrue();
        assertThat(ShutdownAwareDeadLetterQueue.interrupted(new RuntimeException("wrapped", interrupted))).isTrue();
    }

    @Test
    void anyOtherFailureStillGoesToTheDeadLetterQueue() {
        assertThat(ShutdownAwareDeadLetterQueue.interrupted(new PoisonEventException("bad"))).isFalse();
        assertThat(ShutdownAwareDeadLetterQueue.interrupted(new IllegalStateException("bug",
                new InterruptedException()))).isFalse();
    }
}
