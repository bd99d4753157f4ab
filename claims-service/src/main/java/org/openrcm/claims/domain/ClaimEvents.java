package org.openrcm.claims.domain;

import java.time.Instant;

import org.openrcm.events.claims.ClaimAccepted;
import org.openrcm.events.claims.ClaimCreated;
import org.openrcm.events.claims.ClaimRejected;
import org.openrcm.events.claims.ClaimScrubFailed;
import org.openrcm.events.claims.ClaimSubmitted;

/** The events that announce a claim's changes, as the contracts in shared-events define them. */
final class ClaimEvents {

    /** CLM05-3 of a first submission. */
    static final String ORIGINAL = "1";

    private ClaimEvents() {
    }

    static ClaimCreated created(Claim claim) {
        return new ClaimCreated(claim.tenantId(), claim.id().toString(), claim.encounterId(), claim.patient(),
                claim.coverage(), claim.billingProviderNpi(), claim.renderingProviderNpi(), claim.dateOfService(),
                claim.placeOfService(), claim.diagnosisCodes(),
                claim.lines().stream().map(ServiceLine::toClaimLine).toList(), claim.totalCharge(),
                claim.createdAt());
    }

    static ClaimScrubFailed scrubFailed(Claim claim) {
        return new ClaimScrubFailed(claim.tenantId(), claim.id().toString(), claim.encounterId(),
                claim.scrubIssues(), claim.createdAt());
    }

    static ClaimSubmitted submitted(Claim claim, Instant at) {
        return new ClaimSubmitted(claim.tenantId(), claim.id().toString(), claim.encounterId(), claim.patientId(),
                claim.payerId(), claim.submissionId(), ORIGINAL, claim.totalCharge(), claim.dateOfService(), at, null,
                null, null);
    }

    static ClaimAccepted accepted(Claim claim, Acknowledgment acknowledgment, Instant at) {
        return new ClaimAccepted(claim.tenantId(), claim.id().toString(), claim.submissionId(),
                acknowledgment.statusCategory(), acknowledgment.payerClaimNumber(), at);
    }

    static ClaimRejected rejected(Claim claim, Acknowledgment acknowledgment, Instant at) {
        return new ClaimRejected(claim.tenantId(), claim.id().toString(), claim.submissionId(),
                acknowledgment.rejectionSource(), acknowledgment.statusCategory(), acknowledgment.statusCode(),
                acknowledgment.reasonOrDefault(), at, null, null);
    }
}
