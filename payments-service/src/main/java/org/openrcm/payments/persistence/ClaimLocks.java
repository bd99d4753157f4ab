package org.openrcm.payments.persistence;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;

/**
 * Serialises the ways a claim payment gets matched: a remittance arriving for a claim, and the claim arriving
 * (ClaimSubmitted) for payments already waiting. Without it, a remittance could find no claim while the claim's
 * transaction, not yet seeing the remittance's payments, found nothing waiting: the payment would wait forever.
 * Each side takes the lock of the claim's patient control number (CLP01 = CLM01) before it looks, so the second one
 * sees what the first committed. Copies of one payment (same payer trace) are serialised the same way.
 */
@ApplicationScoped
public class ClaimLocks {

    // A transaction-scoped advisory lock: released at commit or rollback, never leaked.
    private static final String LOCK = "SELECT count(*) FROM pg_advisory_xact_lock(hashtextextended(?1, 0))";
    // All of a remittance's claims in one round trip, in the order given: PostgreSQL evaluates the volatile lock
    // function after the sort. The keys travel as one text split on the unit separator, which no key contains.
    private static final String LOCK_ALL = "SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtextextended(k, 0))"
            + " FROM unnest(string_to_array(?1, chr(31))) WITH ORDINALITY AS t(k, n) ORDER BY n) locked";
    private static final String SEPARATOR = "\u001f";

    private final EntityManager entityManager;

    ClaimLocks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Locks the tenant's claims until the current transaction ends, in a fixed order so that two never deadlock. */
    public void lock(String tenantId, Collection<String> patientControlNumbers) {
        List<String> keys = patientControlNumbers.stream().distinct().sorted().map(key -> tenantId + "/" + key)
                .toList();
        if (keys.size() == 1) {
            take(keys.get(0));
        } else if (!keys.isEmpty()) {
            run(LOCK_ALL, String.join(SEPARATOR, keys));
        }
    }

    /** Locks one payer trace until the current transaction ends. */
    public void lockTrace(String tenantId, String payerId, String traceNumber) {
        take(tenantId + "/trace/" + payerId + "/" + traceNumber);
    }

    /** Locks one patient payment (patient-billing's payment id) until the current transaction ends. */
    public void lockPatientPayment(String tenantId, String paymentId) {
        take(tenantId + "/patient-payment/" + paymentId);
    }

    /** Locks one file content (by its SHA-256) until the current transaction ends. */
    public void lockFile(String tenantId, String sha256) {
        take(tenantId + "/file/" + sha256);
    }

    private void take(String key) {
        run(LOCK, key);
    }

    // A lock reads no table: the session's pending changes need not be flushed before it (a native query would).
    private void run(String sql, String key) {
        entityManager.createNativeQuery(sql).setParameter(1, key).setFlushMode(FlushModeType.COMMIT).getSingleResult();
    }
}
