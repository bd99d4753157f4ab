package org.openrcm.claims.domain;

import org.openrcm.claims.submission.Submission;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.openrcm.events.RcmEvent;
import org.openrcm.events.claims.ClaimAccepted;
import org.openrcm.events.claims.ClaimCreated;
import org.openrcm.events.claims.ClaimRejected;
import org.openrcm.events.claims.ClaimResubmitted;
import org.openrcm.events.claims.ClaimScrubFailed;
import org.openrcm.events.claims.ClaimSubmitted;
import org.openrcm.events.claims.ClaimVoided;

/** The events that announce a claim's changes, as the contracts in shared-events define them. */
public final class ClaimEvents {

    private ClaimEvents() {
    }

    public static ClaimCreated created(Claim claim) {
        return new ClaimCreated(claim.tenantId(), claim.id().toString(), claim.encounterId(), claim.patient(),
                claim.coverage(), claim.billingProviderNpi(), claim.renderingProviderNpi(), claim.dateOfService(),
                claim.placeOfService(), claim.diagnosisCodes(),
                claim.lines().stream().map(ServiceLine::toClaimLine).toList(), claim.totalCharge(),
                claim.createdAt());
    }

    public static ClaimScrubFailed scrubFailed(Claim claim, Instant at) {
        return new ClaimScrubFailed(claim.tenantId(), claim.id().toString(), claim.encounterId(),
                claim.scrubIssues(), at);
    }

    public static ClaimSubmitted submitted(Claim claim, Submission submission, Instant at) {
        return new ClaimSubmitted(claim.tenantId(), claim.id().toString(), claim.encounterId(), claim.patientId(),
                claim.payerId(), submission.id(), claim.frequencyCode(), claim.totalCharge(), claim.dateOfService(),
                at, claim.patientControlNumber(), submission.interchangeControlNumber(), submission.fileName());
    }

    /**
     * What a claim the clearinghouse took announces: ClaimSubmitted always (payments-service learns its CLM01 from
     * it), then ClaimVoided for a void, or ClaimResubmitted for a correction of an earlier submission.
     */
    public static List<RcmEvent> onSubmitted(Claim claim, Submission submission, Instant at) {
        List<RcmEvent> events = new ArrayList<>();
        events.add(submitted(claim, submission, at));
        if (claim.status() == ClaimStatus.VOIDED) {
            events.add(voided(claim, at));
        } else if (claim.resubmission()) {
            events.add(resubmitted(claim, at));
        }
        return events;
    }

    public static ClaimResubmitted resubmitted(Claim claim, Instant at) {
        return new ClaimResubmitted(claim.tenantId(), claim.id().toString(), claim.previousSubmissionId(),
                claim.submissionId(), claim.frequencyCode(),
                Claim.ORIGINAL.equals(claim.frequencyCode()) ? null : claim.payerClaimNumber(), claim.totalCharge(),
                at);
    }

    public static ClaimVoided voided(Claim claim, Instant at) {
        return new ClaimVoided(claim.tenantId(), claim.id().toString(),
                Claim.VOID.equals(claim.frequencyCode()) ? claim.payerClaimNumber() : null, claim.voidReason(), at);
    }

    public static ClaimAccepted accepted(Claim claim, String statusCategory, Instant at) {
        return new ClaimAccepted(claim.tenantId(), claim.id().toString(), claim.submissionId(), statusCategory,
                claim.payerClaimNumber(), at);
    }

    public static ClaimRejected rejected(Claim claim, RejectionReason reason, String text, Instant at) {
        return new ClaimRejected(claim.tenantId(), claim.id().toString(), claim.submissionId(), reason.source(),
                reason.statusCategory(), reason.statusCode(), text, at, reason.category().name(),
                reason.entityCode());
    }
}
