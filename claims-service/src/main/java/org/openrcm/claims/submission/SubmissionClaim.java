package org.openrcm.claims.submission;

import org.openrcm.claims.domain.Claim;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A claim as it went in one submission: the transaction set (ST02) it was in, so a 999 about that set maps back to
 * it, and the CLM01 and frequency it carried.
 */
@Entity
@Table(name = "submission_claim")
@IdClass(SubmissionClaim.Key.class)
public class SubmissionClaim {

    /** The composite key. */
    public static class Key implements Serializable {

        private String submissionId;
        private UUID claimId;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && submissionId.equals(key.submissionId) && claimId.equals(key.claimId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(submissionId, claimId);
        }
    }

    @Id
    @Column(name = "submission_id")
    private String submissionId;

    @Id
    @Column(name = "claim_id")
    private UUID claimId;

    @Column(name = "tenant_id", nullable = false)
    private String tenantId;

    @Column(name = "transaction_set_control_number", nullable = false)
    private String transactionSetControlNumber;

    @Column(name = "patient_control_number", nullable = false)
    private String patientControlNumber;

    @Column(name = "frequency_code", nullable = false)
    private String frequencyCode;

    protected SubmissionClaim() {
    }

    public static SubmissionClaim of(Submission submission, Claim claim, String transactionSetControlNumber) {
        SubmissionClaim row = new SubmissionClaim();
        row.submissionId = submission.id();
        row.claimId = claim.id();
        row.tenantId = claim.tenantId();
        row.transactionSetControlNumber = transactionSetControlNumber;
        row.patientControlNumber = claim.patientControlNumber();
        row.frequencyCode = claim.frequencyCode();
        return row;
    }

    public UUID claimId() {
        return claimId;
    }

    public String transactionSetControlNumber() {
        return transactionSetControlNumber;
    }
}
