package org.openrcm.claims.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.openrcm.claims.domain.Claim;
import org.openrcm.claims.domain.ClaimQueryService.ClaimView;
import org.openrcm.claims.domain.ClaimStatus;
import org.openrcm.claims.domain.ServiceLine;
import org.openrcm.events.common.ClaimLine;
import org.openrcm.events.common.ValidationIssue;

/**
 * A claim as the biller sees it: identifiers, status, submission, lines and total, scrubber issues and the history
 * of its status changes. Patient demographics are left out; the patient id leads to them.
 */
public record ClaimResponse(String claimId, String encounterId, String patientId, String payerId,
        ClaimStatus status, String submissionId, String payerClaimNumber, String billingProviderNpi,
        String renderingProviderNpi, LocalDate dateOfService, String placeOfService, List<String> diagnosisCodes,
        List<ClaimLine> lines, BigDecimal totalCharge, List<ValidationIssue> issues, List<StatusChange> history,
        Instant createdAt, Instant updatedAt) {

    /** One step of the claim's history. */
    public record StatusChange(ClaimStatus status, Instant at, String note) {
    }

    static ClaimResponse of(ClaimView view) {
        Claim claim = view.claim();
        return new ClaimResponse(claim.id().toString(), claim.encounterId(), claim.patientId(), claim.payerId(),
                claim.status(), claim.submissionId(), claim.payerClaimNumber(), claim.billingProviderNpi(),
                claim.renderingProviderNpi(), claim.dateOfService(), claim.placeOfService(), claim.diagnosisCodes(),
                view.lines().stream().map(ServiceLine::toClaimLine).toList(), claim.totalCharge(),
                claim.scrubIssues(), view.history().stream()
                        .map(change -> new StatusChange(change.status(), change.changedAt(), change.note())).toList(),
                claim.createdAt(), claim.updatedAt());
    }
}
