package org.openrcm.claims.domain;

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
import org.openrcm.plumbing.outbox.OutboxWriter;

/**
 * Applies the clearinghouse's acknowledgments of a submission: an accepted claim becomes ACCEPTED (ClaimAccepted),
 * a rejected one REJECTED (ClaimRejected). Only a SUBMITTED claim takes an acknowledgment, so a repeat changes
 * nothing. An acknowledgment may overtake the sender's own record of the delivery (the claim still SUBMITTING): it
 * proves the clearinghouse has the claim, so the claim is first made SUBMITTED here, announced once either way.
 */
@ApplicationScoped
public class AcknowledgmentService {

    private final ClaimRepository claims;
    private final OutboxWriter outbox;
    private final Clock clock;

    AcknowledgmentService(ClaimRepository claims, OutboxWriter outbox, Clock clock) {
        this.claims = claims;
        this.outbox = outbox;
        this.clock = clock;
    }

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
            } else if (apply(claim, acknowledgment, now)) {
                applied++;
            } else {
                duplicates++;
            }
        }
        return new AcknowledgmentOutcome(applied, duplicates, List.copyOf(unknown));
    }

    private boolean apply(Claim claim, Acknowledgment acknowledgment, Instant now) {
        if (claim.status() == ClaimStatus.SUBMITTING) {
            claim.submitted(now);
            outbox.append(ClaimEvents.submitted(claim, now));
        }
        if (claim.status() != ClaimStatus.SUBMITTED) {
            return false;
        }
        if (acknowledgment.accepted()) {
            claim.accepted(acknowledgment.payerClaimNumber(), acknowledgment.note(), now);
            outbox.append(ClaimEvents.accepted(claim, acknowledgment, now));
        } else {
            claim.rejected(acknowledgment.note(), now);
            outbox.append(ClaimEvents.rejected(claim, acknowledgment, now));
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
