package org.openrcm.claims.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.openrcm.claims.domain.Claim;
import org.openrcm.claims.domain.ClaimStatus;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** Claims, always looked up within one tenant. */
@ApplicationScoped
public class ClaimRepository implements PanacheRepositoryBase<Claim, UUID> {

    /*
     * SKIP LOCKED: claims another instance is batching right now are left to it, so only one instance submits a
     * given claim and neither waits for the other.
     */
    private static final String READY_BATCH = "SELECT id FROM claim WHERE tenant_id = ?1 AND status = 'READY'"
            + " ORDER BY created_at, id LIMIT ?2 FOR UPDATE SKIP LOCKED";
    private static final String TENANTS_WITH_READY = "SELECT DISTINCT tenant_id FROM claim WHERE status = 'READY'";

    public Optional<Claim> findForTenant(String tenantId, UUID id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
    }

    public Optional<Claim> findByEncounter(String tenantId, String encounterId) {
        return find("tenantId = ?1 and encounterId = ?2", tenantId, encounterId).firstResultOptional();
    }

    public List<Claim> listForTenant(String tenantId, ClaimStatus status, int pageIndex, int pageSize) {
        Sort order = Sort.by("createdAt", Sort.Direction.Descending).and("id");
        return (status == null ? find("tenantId = ?1", order, tenantId)
                : find("tenantId = ?1 and status = ?2", order, tenantId, status))
                .page(Page.of(pageIndex, pageSize)).list();
    }

    /** Locks up to {@code limit} of the tenant's READY claims, oldest first, skipping any another sender holds. */
    @SuppressWarnings("unchecked")
    public List<Claim> lockReadyBatch(String tenantId, int limit) {
        List<UUID> ids = getEntityManager().createNativeQuery(READY_BATCH, UUID.class).setParameter(1, tenantId)
                .setParameter(2, limit).getResultList();
        return ids.isEmpty() ? List.of() : list("tenantId = ?1 and id in ?2", Sort.by("createdAt").and("id"),
                tenantId, ids);
    }

    @SuppressWarnings("unchecked")
    public List<String> tenantsWithReadyClaims() {
        return getEntityManager().createNativeQuery(TENANTS_WITH_READY, String.class).getResultList();
    }

    /** Every claim sent in the submission, whatever happened to it since. */
    public List<Claim> listInSubmission(String tenantId, String submissionId) {
        return list("tenantId = ?1 and submissionId = ?2", Sort.by("id"), tenantId, submissionId);
    }

    /**
     * Locks the submission's claims still SUBMITTING. Claims are always locked in id order (here and in
     * {@link #lockForTenant}) so that two transactions locking overlapping claims cannot deadlock.
     */
    public List<Claim> lockSubmitting(String tenantId, String submissionId) {
        return find("tenantId = ?1 and submissionId = ?2 and status = ?3", Sort.by("id"), tenantId, submissionId,
                ClaimStatus.SUBMITTING).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** Locks the tenant's claims with these ids, in id order; ids of other tenants' claims find nothing. */
    public List<Claim> lockForTenant(String tenantId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return find("tenantId = ?1 and id in ?2", Sort.by("id"), tenantId, ids)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }
}
