package org.openrcm.events.payments;

import java.time.Instant;
import java.util.List;

import org.openrcm.events.RcmEvent;

/**
 * A poster working a denial asks for the claim to be corrected and resubmitted (837P frequency 7 with the payer claim
 * number). claims-service owns the correction.
 *
 * @param denialId the denied claim payment being worked
 * @param codes    the CARCs and RARCs of the denial, with their meaning
 * @param note     what the poster says must be corrected
 */
public record ClaimCorrectionRequested(String tenantId, String claimId, String denialId, String remittanceId,
        String payerId, String payerClaimNumber, List<RemittanceCode> codes, String note, Instant requestedAt)
        implements RcmEvent {

    @Override
    public String aggregateId() {
        return claimId;
    }
}
