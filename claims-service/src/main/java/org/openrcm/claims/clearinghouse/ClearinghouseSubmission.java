package org.openrcm.claims.clearinghouse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.openrcm.events.common.Address;
import org.openrcm.events.common.ClaimLine;
import org.openrcm.events.common.Coverage;
import org.openrcm.events.common.Patient;

/**
 * A batch of one tenant's claims with everything an 837P interchange carries, so that any gateway (JSON or X12)
 * can write it.
 */
public record ClearinghouseSubmission(String submissionId, String tenantId, BillingProvider billingProvider,
        List<Claim> claims) {

    /** The practice billing for the claims (837P loop 2000A). */
    public record BillingProvider(String npi, String name, String taxId, Address address) {
    }

    /** One claim (837P loop 2300 with its subscriber, patient and service lines). */
    public record Claim(String claimId, Patient patient, Coverage coverage, String renderingProviderNpi,
            LocalDate dateOfService, String placeOfService, List<String> diagnosisCodes, List<ClaimLine> lines,
            BigDecimal totalCharge) {
    }
}
