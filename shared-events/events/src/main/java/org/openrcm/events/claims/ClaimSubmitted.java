package org.openrcm.events.claims;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.openrcm.events.RcmEvent;

/**
 * A claim went to the clearinghouse.
 *
 * @param submissionId  the batch (interchange) it went in
 * @param frequencyCode            CLM05-3: 1 original, 7 replacement, 8 void
 * @param patientControlNumber     CLM01 as sent: what the 277CA and the 835 (CLP01) echo back to identify the claim
 * @param interchangeControlNumber ISA13 of the interchange (file) the claim went in
 * @param fileName                 the 837P file's name at the clearinghouse
 */
public record ClaimSubmitted(String tenantId, String claimId, String encounterId, String patientId, String payerId,
        String submissionId, String frequencyCode, BigDecimal totalCharge, LocalDate dateOfService,
        Instant submittedAt, String patientControlNumber, String interchangeControlNumber, String fileName)
        implements RcmEvent {

    @Override
    public String aggregateId() {
        return claimId;
    }
}
