package org.openrcm.events.claims;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.openrcm.events.RcmEvent;

/**
 * A claim went to the clearinghouse.
 *
 * @param submissionId  the batch (interchange) it went in
 * @param frequencyCode CLM05-3: 1 original, 7 replacement, 8 void
 */
public record ClaimSubmitted(String tenantId, String claimId, String encounterId, String patientId, String payerId,
        String submissionId, String frequencyCode, BigDecimal totalCharge, LocalDate dateOfService,
        Instant submittedAt) implements RcmEvent {

    @Override
    public String aggregateId() {
        return claimId;
    }
}
