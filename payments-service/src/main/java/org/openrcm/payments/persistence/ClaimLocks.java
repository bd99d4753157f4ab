package org.openrcm.payments.persistence;

import java.util.Collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Serialises the two ways a claim payment gets matched: a remittance arriving for a claim, and the claim arriving
 * (ClaimSubmitted) for payments already waiting. Without it, a remittance could find no claim while the claim's
 * transaction, not yet seeing the remittance's payments, found nothing waiting: the payment would wait forever.
 * Each side takes the claim's lock before it looks, so the second one sees what the first committed.
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
    public void lock(String tenantId, Collection<String> claimIds) {
        claimIds.stream().distinct().sorted().forEach(claimId -> entityManager.createNativeQuery(LOCK)
                .setParameter(1, tenantId + "/" + claimId).getSingleResult());
    }
}
