package org.openrcm.plumbing.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;
import org.openrcm.plumbing.inbound.TransientFailures.Kind;

class TransientFailuresTest {

    @Test
    void lostConnectionsExhaustedResourcesAndShutdownsAreOutages() {
        assertThat(TransientFailures.kind(wrapped(new SQLException("connection lost", "08006")))).isEqualTo(Kind.OUTAGE);
        assertThat(TransientFailures.kind(wrapped(new SQLException("too many connections", "53300"))))
                .isEqualTo(Kind.OUTAGE);
        assertThat(TransientFailures.kind(wrapped(new SQLException("admin shutdown", "57P01")))).isEqualTo(Kind.OUTAGE);
        assertThat(TransientFailures.kind(new SQLTransientConnectionException("pool exhausted"))).isEqualTo(Kind.OUTAGE);
        assertThat(TransientFailures.kind(wrapped(new TimeoutException("broker slow")))).isEqualTo(Kind.OUTAGE);
    }

    @Test
    void aPoolAcquisitionTimeoutWithoutSqlStateIsAnOutageNotPermanent() {
        assertThat(TransientFailures.kind(wrapped(new SQLException("Sorry, acquisition timeout!"))))
                .isEqualTo(Kind.OUTAGE);
        assertThat(TransientFailures.isTransient(wrapped(new SQLException("Sorry, acquisition timeout!")))).isTrue();
    }

    @Test
    void deadlocksSerializationFailuresLockTimeoutsAndLostRacesAreContention() {
        assertThat(TransientFailures.kind(wrapped(new SQLException("deadlock detected", "40P01"))))
                .isEqualTo(Kind.CONTENTION);
        assertThat(TransientFailures.kind(wrapped(new SQLException("serialization", "40001"))))
                .isEqualTo(Kind.CONTENTION);
        assertThat(TransientFailures.kind(wrapped(new SQLException("lock not available", "55P03"))))
                .isEqualTo(Kind.CONTENTION);
        assertThat(TransientFailures.kind(wrapped(new SQLException("duplicate key", "23505"))))
                .isEqualTo(Kind.CONTENTION);
    }

    @Test
    void poisonAndProgrammingErrorsAreNot() {
        assertThat(TransientFailures.kind(new PoisonEventException("bad record"))).isEqualTo(Kind.PERMANENT);
        assertThat(TransientFailures.kind(wrapped(new SQLException("not null violation", "23502"))))
                .isEqualTo(Kind.PERMANENT);
        assertThat(TransientFailures.kind(new IllegalStateException("bug"))).isEqualTo(Kind.PERMANENT);
        assertThat(TransientFailures.isTransient(new PoisonEventException("bad", wrapped(
                new SQLException("connection lost", "08006"))))).isFalse();
    }

    private static RuntimeException wrapped(Exception cause) {
        return new RuntimeException("outer", new IllegalStateException("middle", cause));
    }
}
