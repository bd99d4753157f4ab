package org.openrcm.plumbing.inbound;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

import org.apache.kafka.common.errors.RetriableException;

/** Tells a failure that may pass on its own (lost connection, deadlock, lock timeout, race) from a permanent one. */
final class TransientFailures {

    /*
     * PostgreSQL SQLSTATE classes: 08 connection exception, 40 transaction rollback (serialization failure,
     * deadlock), 53 insufficient resources, 55P03 lock not available, 57P01 admin shutdown, and 23505 unique
     * violation, which in a consumer means a concurrent insert of the same row won the race.
     */
    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "40", "53");
    private static final Set<String> TRANSIENT_STATES = Set.of("55P03", "57P01", "57P02", "57P03", "23505");

    private TransientFailures() {
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PoisonEventException) {
                return false;
            }
            if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                    || cause instanceof RetriableException
                    || cause instanceof jakarta.persistence.OptimisticLockException
                    || cause instanceof jakarta.persistence.PessimisticLockException
                    || cause instanceof jakarta.persistence.LockTimeoutException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (TRANSIENT_STATES.contains(state) || TRANSIENT_CLASSES.contains(state.substring(0, 2))) {
                    return true;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
