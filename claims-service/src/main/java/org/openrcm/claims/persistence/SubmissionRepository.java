package org.openrcm.claims.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.openrcm.claims.submission.Submission;
import org.openrcm.claims.submission.SubmissionStatus;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** Submissions (batches sent to the clearinghouse). */
@ApplicationScoped
public class SubmissionRepository implements PanacheRepositoryBase<Submission, String> {

    /*
     * SKIP LOCKED: a batch another instance is leasing right now is left to it rather than waited for, so only
     * one instance re-sends a given batch.
     */
    private static final String DUE = "SELECT id FROM submission WHERE status = 'SENDING' AND next_attempt_at <= now()"
            + " ORDER BY next_attempt_at LIMIT ?1 FOR UPDATE SKIP LOCKED";

    /** Locks up to {@code limit} batches still to be (re-)sent whose lease or back-off has run out. */
    @SuppressWarnings("unchecked")
    public List<Submission> lockDue(int limit) {
        List<String> ids = getEntityManager().createNativeQuery(DUE, String.class).setParameter(1, limit)
                .getResultList();
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    /** The tenant's submission to this mailbox with this GS06, which a 999's AK102 names. */
    public Optional<Submission> findByGroup(String tenantId, String route, String groupControlNumber) {
        return find("tenantId = ?1 and route = ?2 and groupControlNumber = ?3", tenantId, route, groupControlNumber)
                .firstResultOptional();
    }

    public Optional<Submission> findForTenant(String tenantId, String submissionId) {
        return find("tenantId = ?1 and id = ?2", tenantId, submissionId).firstResultOptional();
    }

    public List<Submission> listForTenant(String tenantId, SubmissionStatus status, int pageIndex, int pageSize) {
        Sort order = Sort.by("createdAt", Sort.Direction.Descending).and("id");
        return (status == null ? find("tenantId = ?1", order, tenantId)
                : find("tenantId = ?1 and status = ?2", order, tenantId, status))
                .page(Page.of(pageIndex, pageSize)).list();
    }

    /** Locks one batch, waiting for any other transaction that holds it. */
    public Submission lock(String submissionId) {
        return findById(submissionId, LockModeType.PESSIMISTIC_WRITE);
    }
}
