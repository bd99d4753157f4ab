package org.openrcm.events.claims;

import java.time.Instant;

import org.openrcm.events.RcmEvent;

/**
 * The clearinghouse (999) or payer (277CA, STC category A3/A6/A7) rejected the claim; it must be fixed and resubmitted.
 *
 * @param source         CLEARINGHOUSE or PAYER
 * @param statusCategory 277CA STC01-1, e.g. A3, or the 999 IK5 code
 * @param statusCode     STC01-2 claim status code saying why
 */
public record ClaimRejected(String tenantId, String claimId, String submissionId, String source,
        String statusCategory, String statusCode, String reason, Instant rejectedAt) implements RcmEvent {

    @Override
    public String aggregateId() {
        return claimId;
    }
}
