package org.openrcm.payments.persistence;

import java.util.Collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

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

    private final EntityManager entityManager;

    ClaimLocks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Locks the tenant's claims until the current transaction ends, in a fixed order so that two never deadlock. */
    public void lock(String tenantId, Collection<String> patientControlNumbers) {
        patientControlNumbers.stream().distinct().sorted().forEach(key -> take(tenantId + "/" + key));
    }

    /** Locks one payer trace until the current transaction ends. */
    public void lockTrace(String tenantId, String payerId, String traceNumber) {
        take(tenantId + "/trace/" + payerId + "/" + traceNumber);
    }

    /** Locks one file content (by its SHA-256) until the current transaction ends. */
    public void lockFile(String tenantId, String sha256) {
        take(tenantId + "/file/" + sha256);
    }

    private void take(String key) {
        entityManager.createNativeQuery(LOCK).setParameter(1, key).getSingleResult();
    }
}
