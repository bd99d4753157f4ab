package org.openrcm.events.claims;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.openrcm.events.RcmEvent;
import org.openrcm.events.common.ClaimLine;
import org.openrcm.events.common.Coverage;
import org.openrcm.events.common.Patient;

/**
 * A claim was built from a coded encounter and priced from the tenant's fee schedule. Patient demographics are
 * included because patient billing mails statements for the claim's balance.
 */
public record ClaimCreated(String tenantId, String claimId, String encounterId, Patient patient, Coverage coverage,
        String billingProviderNpi, String renderingProviderNpi, LocalDate dateOfService, String placeOfService,
        List<String> diagnosisCodes, List<ClaimLine> lines, BigDecimal totalCharge, Instant createdAt)
        implements RcmEvent {

    @Override
    public String aggregateId() {
        return claimId;
    }
}
