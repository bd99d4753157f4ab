package org.openrcm.events.claims;

import java.math.BigDecimal;
import java.time.Instant;

import org.openrcm.events.RcmEvent;

/** A corrected claim went out again (frequency 1 after a rejection, 7 replacing an adjudicated claim). */
public record ClaimResubmitted(String tenantId, String claimId, String previousSubmissionId, String submissionId,
        String frequencyCode, String payerClaimNumber, BigDecimal totalCharge, Instant resubmittedAt)
        implements RcmEvent {

    @Override
    public String aggregateId() {
        return claimId;
    }
}
