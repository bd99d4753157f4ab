package org.openrcm.claims.acknowledgment;

import org.openrcm.claims.domain.Claim;
import org.openrcm.claims.domain.ClaimEvents;
import org.openrcm.claims.domain.ClaimStatus;
import org.openrcm.claims.domain.RejectionReason;
import org.openrcm.claims.submission.Submission;
import org.openrcm.claims.submission.SubmissionClaim;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.openrcm.claims.persistence.ClaimRepository;
import org.openrcm.claims.persistence.SubmissionClaimRepository;
import org.openrcm.claims.persistence.SubmissionRepository;
import org.openrcm.plumbing.outbox.OutboxWriter;

/**
 * Applies the clearinghouse's and payers' acknowledgments: an accepted claim becomes ACCEPTED (ClaimAccepted), a
 * rejected one REJECTED (ClaimRejected, one per reason so coding-service sees each coding problem). Only a
 * SUBMITTED claim takes an acknowledgment, so a repeat changes nothing. An acknowledgment may overtake the sender's
 * own record of the delivery (the claim still SUBMITTING): it proves the clearinghouse has the claim, so the claim
 * is first made SUBMITTED here, announced once either way.
 */
@ApplicationScoped
public class AcknowledgmentService {

    private final ClaimRepository claims;
    private final SubmissionRepository submissions;
    private final SubmissionClaimRepository submissionClaims;
    private final OutboxWriter outbox;
    private final Clock clock;

    AcknowledgmentService(ClaimRepository claims, SubmissionRepository submissions,
            SubmissionClaimRepository submissionClaims, OutboxWriter outbox, Clock clock) {
        this.claims = claims;
        this.submissions = submissions;
        this.submissionClaims = submissionClaims;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The JSON stand-in: acknowledgments of one submission's claims, by claim id. */
    @Transactional
    public AcknowledgmentOutcome apply(String tenantId, String submissionId, List<Acknowledgment> acknowledgments) {
        Map<UUID, Claim> byId = claims.lockForTenant(tenantId, acknowledgments.stream()
                .map(acknowledgment -> parse(acknowledgment.claimId())).flatMap(Optional::stream).distinct().toList())
                .stream().collect(Collectors.toMap(Claim::id, Function.identity()));
        Instant now = clock.instant();
        int applied = 0;
        int duplicates = 0;
        List<String> unknown = new ArrayList<>();
        for (Acknowledgment acknowledgment : acknowledgments) {
            Claim claim = parse(acknowledgment.claimId()).map(byId::get).orElse(null);
            if (claim == null || !Objects.equals(submissionId, claim.submissionId())) {
                unknown.add(acknowledgment.claimId());
            } else if (apply(claim, acknowledgment.toVerdict(), now)) {
                applied++;
            } else {
                duplicates++;
            }
        }
        return new AcknowledgmentOutcome(applied, duplicates, List.copyOf(unknown));
    }

    /** 277CA claim statuses, by the patient control number (CLM01) each echoes. */
    @Transactional
    public AcknowledgmentOutcome applyByPatientControlNumber(String tenantId, Map<String, ClaimVerdict> verdicts) {
        Map<String, Claim> byNumber = claims.lockByPatientControlNumbers(tenantId, verdicts.keySet()).stream()
                .collect(Collectors.toMap(Claim::patientControlNumber, Function.identity()));
        Instant now = clock.instant();
        int applied = 0;
        int duplicates = 0;
        List<String> unknown = new ArrayList<>();
        for (Map.Entry<String, ClaimVerdict> verdict : verdicts.entrySet()) {
            Claim claim = byNumber.get(verdict.getKey());
            if (claim == null) {
                unknown.add(verdict.getKey());
            } else if (apply(claim, verdict.getValue(), now)) {
                applied++;
            } else {
                duplicates++;
            }
        }
        return new AcknowledgmentOutcome(applied, duplicates, List.copyOf(unknown));
    }

    /**
     * A 999 rejected one transaction set of a submission: every claim that went in it is rejected for the reason.
     *
     * @return the claims rejected now (0 when they were already)
     */
    @Transactional
    public int rejectTransactionSet(Submission submission, String setControlNumber, RejectionReason reason) {
        List<UUID> ids = submissionClaims.inTransactionSet(submission.tenantId(), submission.id(), setControlNumber)
                .stream().map(SubmissionClaim::claimId).toList();
        Instant now = clock.instant();
        int applied = 0;
        for (Claim claim : claims.lockForTenant(submission.tenantId(), ids)) {
            // A claim sent again since is no longer this submission's to reject.
            if (submission.id().equals(claim.submissionId())
                    && apply(claim, ClaimVerdict.rejected(List.of(reason)), now)) {
                applied++;
            }
        }
        return applied;
    }

    private boolean apply(Claim claim, ClaimVerdict verdict, Instant now) {
        if (claim.status() == ClaimStatus.SUBMITTING) {
            claim.submitted(now);
            ClaimEvents.onSubmitted(claim, submissions.findById(claim.submissionId()), now).forEach(outbox::append);
        }
        if (claim.status() != ClaimStatus.SUBMITTED) {
            return false;
        }
        if (verdict.accepted()) {
            claim.accepted(verdict.payerClaimNumber(), verdict.note(), now);
            outbox.append(ClaimEvents.accepted(claim, verdict.statusCategory(), now));
        } else {
            claim.rejected(verdict.reasons(), now);
            String all = verdict.reasons().stream().map(RejectionReason::text).collect(Collectors.joining("; "));
            outbox.append(ClaimEvents.rejected(claim, RejectionReason.lead(verdict.reasons()), all, now));
        }
        return true;
    }

    /** Claim ids are UUIDs; anything else cannot name a claim of ours. */
    private static Optional<UUID> parse(String claimId) {
        try {
            return Optional.of(UUID.fromString(claimId));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
