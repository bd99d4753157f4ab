package org.openrcm.claims.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.openrcm.claims.domain.Claim;
import org.openrcm.claims.domain.ClaimQueryService.ClaimView;
import org.openrcm.claims.domain.ClaimStatus;
import org.openrcm.claims.domain.RejectionCategory;
import org.openrcm.claims.domain.RejectionReason;
import org.openrcm.claims.domain.ServiceLine;
import org.openrcm.events.common.ClaimLine;
import org.openrcm.events.common.ValidationIssue;

/**
 * A claim as the biller sees it: identifiers (with the patient control number sent as CLM01), status, submission,
 * lines and total, scrubber issues, rejection reasons and the history of its changes with who made them. Patient and
 * subscriber demographics are left out; the patient id leads to them.
 */
public record ClaimResponse(String claimId, String encounterId, String patientControlNumber, String patientId,
        String payerId, ClaimStatus status, String frequencyCode, String route, String submissionId,
        String previousSubmissionId, String payerClaimNumber, String billingProviderNpi, String renderingProviderNpi,
        LocalDate dateOfService, String placeOfService, List<String> diagnosisCodes, List<ClaimLine> lines,
        BigDecimal totalCharge, List<ValidationIssue> issues, RejectionCategory rejectionCategory,
        List<RejectionReason> rejectionReasons, Instant rejectedAt, Instant submittedAt, Instant acceptedAt,
        List<StatusChange> history, Instant createdAt, Instant updatedAt) {

    /** One step of the claim's history: who moved it (or corrected it) to which status, and why. */
    public record StatusChange(ClaimStatus status, Instant at, String by, String note) {
    }

    static ClaimResponse of(ClaimView view) {
        Claim claim = view.claim();
        return new ClaimResponse(claim.id().toString(), claim.encounterId(), claim.patientControlNumber(),
                claim.patientId(), claim.payerId(), claim.status(), claim.frequencyCode(), claim.route(),
                claim.submissionId(), claim.previousSubmissionId(), claim.payerClaimNumber(),
                claim.billingProviderNpi(), claim.renderingProviderNpi(), claim.dateOfService(),
                claim.placeOfService(), claim.diagnosisCodes(),
                view.lines().stream().map(ServiceLine::toClaimLine).toList(), claim.totalCharge(),
                claim.scrubIssues(), claim.rejectionCategory(), claim.rejectionReasons(), claim.rejectedAt(),
                claim.submittedAt(), claim.acceptedAt(), view.history().stream()
                        .map(change -> new StatusChange(change.status(), change.changedAt(), change.changedBy(),
                                change.note()))
                        .toList(),
                claim.createdAt(), claim.updatedAt());
    }
}
