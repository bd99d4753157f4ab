package org.openrcm.claims.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.openrcm.claims.domain.Claim;
import org.openrcm.claims.domain.ClaimStatus;
import org.openrcm.claims.domain.RejectionCategory;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Claims, always looked up within one tenant. */
@ApplicationScoped
public class ClaimRepository implements PanacheRepositoryBase<Claim, UUID> {

    /*
     * SKIP LOCKED: claims another instance is batching right now are left to it, so only one instance submits a
     * given claim and neither waits for the other.
     */
    private static final String READY_BATCH = "SELECT id FROM claim WHERE tenant_id = ?1 AND route = ?2"
            + " AND status = 'READY' ORDER BY updated_at, id LIMIT ?3 FOR UPDATE SKIP LOCKED";
    private static final String READY_MAILBOXES = "SELECT tenant_id, route, count(*), min(updated_at) FROM claim"
            + " WHERE status = 'READY' GROUP BY tenant_id, route";
    private static final String NEXT_PATIENT_CONTROL_NUMBER = "SELECT nextval('patient_control_number_seq')";

    /** The READY claims waiting for one mailbox: how many, and since when the oldest. */
    public record ReadyMailbox(String tenantId, String route, long claims, Instant oldest) {
    }

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

    /**
     * The tenant's REJECTED claims, longest waiting first, optionally of one payer, one rejection category, rejected
     * at or before {@code rejectedBy}.
     */
    public List<Claim> rejected(String tenantId, String payerId, RejectionCategory category, Instant rejectedBy,
            int pageIndex, int pageSize) {
        StringBuilder query = new StringBuilder("tenantId = :tenant and status = :status");
        Parameters parameters = Parameters.with("tenant", tenantId).and("status", ClaimStatus.REJECTED);
        if (payerId != null) {
            query.append(" and payerId = :payer");
            parameters.and("payer", payerId);
        }
        if (category != null) {
            query.append(" and rejectionCategory = :category");
            parameters.and("category", category);
        }
        if (rejectedBy != null) {
            query.append(" and rejectedAt <= :rejectedBy");
            parameters.and("rejectedBy", rejectedBy);
        }
        return find(query.toString(), Sort.by("rejectedAt").and("id"), parameters).page(Page.of(pageIndex, pageSize))
                .list();
    }

    /**
     * Locks up to {@code limit} of the tenant's READY claims for the mailbox, longest ready first, skipping any
     * another sender holds.
     */
    @SuppressWarnings("unchecked")
    public List<Claim> lockReadyBatch(String tenantId, String route, int limit) {
        List<UUID> ids = getEntityManager().createNativeQuery(READY_BATCH, UUID.class).setParameter(1, tenantId)
                .setParameter(2, route).setParameter(3, limit).getResultList();
        return ids.isEmpty() ? List.of() : list("tenantId = ?1 and id in ?2", Sort.by("updatedAt").and("id"),
                tenantId, ids);
    }

    @SuppressWarnings("unchecked")
    public List<ReadyMailbox> readyMailboxes() {
        List<Object[]> rows = getEntityManager().createNativeQuery(READY_MAILBOXES).getResultList();
        return rows.stream().map(row -> new ReadyMailbox((String) row[0], (String) row[1],
                ((Number) row[2]).longValue(), toInstant(row[3]))).toList();
    }

    /** A new CLM01: {@code C} and twelve digits from a sequence, unique across tenants and never reused. */
    public String nextPatientControlNumber() {
        Number next = (Number) getEntityManager().createNativeQuery(NEXT_PATIENT_CONTROL_NUMBER).getSingleResult();
        return "C" + String.format("%012d", next.longValue());
    }

    /** Locks the tenant's claims with these CLM01s, in id order. */
    public List<Claim> lockByPatientControlNumbers(String tenantId, Collection<String> patientControlNumbers) {
        if (patientControlNumbers.isEmpty()) {
            return List.of();
        }
        return find("tenantId = ?1 and patientControlNumber in ?2", Sort.by("id"), tenantId, patientControlNumbers)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
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
