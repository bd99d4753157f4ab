package org.openrcm.plumbing.inbound;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTransientException;
import java.util.Set;

import org.apache.kafka.common.errors.RetriableException;

/**
 * Tells a failure that passes on its own from a permanent one, and among the passing ones an outage (the database
 * or broker is away: wait for it as long as it takes) from contention (a deadlock or race: a few retries settle it,
 * and one that never settles is a bug to dead-letter rather than a reason to stall the partition).
 */
public final class TransientFailures {

    /** What a failure calls for. */
    public enum Kind {
        /** Database or broker unreachable, pool exhausted, server shutting down: retry until it is back. */
        OUTAGE,
        /** Deadlock, serialization failure, lock timeout, lost race: retry a bounded number of times. */
        CONTENTION,
        /** Retrying cannot help. */
        PERMANENT
    }

    /*
     * PostgreSQL SQLSTATE classes: 08 connection exception, 53 insufficient resources, 57P01-57P03 shutdown and
     * cannot-connect-now are outages; 40 transaction rollback (serialization failure, deadlock), 55P03 lock not
     * available and 23505 unique violation (in a consumer: a concurrent insert of the same row won the race) are
     * contention.
     */
    private static final Set<String> OUTAGE_CLASSES = Set.of("08", "53");
    private static final Set<String> OUTAGE_STATES = Set.of("57P01", "57P02", "57P03");
    private static final Set<String> CONTENTION_CLASSES = Set.of("40");
    private static final Set<String> CONTENTION_STATES = Set.of("55P03", "23505");

    private TransientFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        return kind(failure) != Kind.PERMANENT;
    }

    public static Kind kind(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            Kind kind = ownKind(cause);
            if (kind != null) {
                return kind;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Kind.PERMANENT;
    }

    private static Kind ownKind(Throwable cause) {
        if (cause instanceof PoisonEventException) {
            return Kind.PERMANENT;
        }
        if (cause instanceof SQLTransientConnectionException || cause instanceof SQLRecoverableException
                || cause instanceof RetriableException) {
            return Kind.OUTAGE;
        }
        if (cause instanceof SQLTransientException
                || cause instanceof jakarta.persistence.OptimisticLockException
                || cause instanceof jakarta.persistence.PessimisticLockException
                || cause instanceof jakarta.persistence.LockTimeoutException) {
            return Kind.CONTENTION;
        }
        if (cause instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state == null || state.length() < 2) {
                // No server state: the failure happened on this side of the wire, e.g. Agroal's "acquisition
                // timeout" when every pooled connection hangs on an unreachable server.
                return Kind.OUTAGE;
            }
            String stateClass = state.substring(0, 2);
            if (OUTAGE_STATES.contains(state) || OUTAGE_CLASSES.contains(stateClass)) {
                return Kind.OUTAGE;
            }
            if (CONTENTION_STATES.contains(state) || CONTENTION_CLASSES.contains(stateClass)) {
                return Kind.CONTENTION;
            }
        }
        return null;
    }
}
