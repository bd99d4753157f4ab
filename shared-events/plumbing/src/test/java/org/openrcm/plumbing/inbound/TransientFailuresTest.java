package org.openrcm.plumbing.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

class TransientFailuresTest {

    @Test
    void lostConnectionsDeadlocksAndLockTimeoutsAreTransient() {
        assertThat(TransientFailures.isTransient(wrapped(new SQLException("connection lost", "08006")))).isTrue();
        assertThat(TransientFailures.isTransient(wrapped(new SQLException("deadlock detected", "40P01")))).isTrue();
        assertThat(TransientFailures.isTransient(wrapped(new SQLException("serialization", "40001")))).isTrue();
        assertThat(TransientFailures.isTransient(wrapped(new SQLException("lock not available", "55P03")))).isTrue();
        assertThat(TransientFailures.isTransient(new SQLTransientConnectionException("pool exhausted"))).isTrue();
        assertThat(TransientFailures.isTransient(wrapped(new TimeoutException("broker slow")))).isTrue();
    }

    @Test
    void aConcurrentInsertOfTheSameRowIsRetried() {
        assertThat(TransientFailures.isTransient(wrapped(new SQLException("duplicate key", "23505")))).isTrue();
    }

    @Test
    void poisonAndProgrammingErrorsAreNot() {
        assertThat(TransientFailures.isTransient(new PoisonEventException("bad record"))).isFalse();
        assertThat(TransientFailures.isTransient(wrapped(new SQLException("not null violation", "23502")))).isFalse();
        assertThat(TransientFailures.isTransient(new IllegalStateException("bug"))).isFalse();
        assertThat(TransientFailures.isTransient(wrapped(new SQLException("no state")))).isFalse();
    }

    private static RuntimeException wrapped(Exception cause) {
        return new RuntimeException("outer", new IllegalStateException("middle", cause));
    }
}
