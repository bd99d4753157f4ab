package org.openrcm.claims.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.openrcm.claims.submission.SubmissionClaim;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Which claims went in which transaction set of a submission. */
@ApplicationScoped
public class SubmissionClaimRepository implements PanacheRepositoryBase<SubmissionClaim, SubmissionClaim.Key> {

    public List<SubmissionClaim> inTransactionSet(String tenantId, String submissionId, String setControlNumber) {
        return list("tenantId = ?1 and submissionId = ?2 and transactionSetControlNumber = ?3", tenantId,
                submissionId, setControlNumber);
    }
}
