package org.openrcm.events.claims;

import java.time.Instant;

import org.openrcm.events.RcmEvent;

/**
 * The clearinghouse or payer acknowledged the claim as accepted for adjudication (277CA STC category A1/A2).
 *
 * @param payerClaimNumber the payer's reference, when given
 */
public record ClaimAccepted(String tenantId, String claimId, String submissionId, String statusCategory,
        String payerClaimNumber, Instant acceptedAt) implements RcmEvent {

    @Override
    public String aggregateId() {
        return claimId;
    }
}
