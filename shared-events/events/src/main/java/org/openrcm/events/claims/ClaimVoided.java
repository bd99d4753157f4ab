package org.openrcm.events.claims;

import java.time.Instant;

import org.openrcm.events.RcmEvent;

/** A claim was withdrawn (frequency 8 sent for an adjudicated claim, or cancelled before submission). */
public record ClaimVoided(String tenantId, String claimId, String payerClaimNumber, String reason, Instant voidedAt)
        implements RcmEvent {

    @Override
    public String aggregateId() {
        return claimId;
    }
}
