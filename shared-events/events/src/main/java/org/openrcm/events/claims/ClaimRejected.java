package org.openrcm.events.claims;

import java.time.Instant;

import org.openrcm.events.RcmEvent;

/**
 * The clearinghouse (999) or payer (277CA, STC category A3/A4/A6/A7/A8) rejected the claim; it must be fixed and
 * resubmitted.
 *
 * @param source         CLEARINGHOUSE or PAYER
 * @param statusCategory 277CA STC01-1, e.g. A3, or the 999 IK5 code
 * @param statusCode     STC01-2 claim status code saying why
 * @param reasonCategory what kind of fix the rejection asks for: CODING, ELIGIBILITY, PROVIDER, PAYER_DATA,
 *                       DUPLICATE or OTHER; optional (absent from producers before it was added)
 * @param entityCode     STC01-3 entity identifier code the status is about (e.g. 85 billing provider, IL subscriber);
 *                       optional
 */
public record ClaimRejected(String tenantId, String claimId, String submissionId, String source,
        String statusCategory, String statusCode, String reason, Instant rejectedAt, String reasonCategory,
        String entityCode) implements RcmEvent {

    @Override
    public String aggregateId() {
        return claimId;
    }
}
