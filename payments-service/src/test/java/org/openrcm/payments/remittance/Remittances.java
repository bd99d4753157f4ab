package org.openrcm.payments.remittance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.openrcm.events.claims.ClaimSubmitted;
import org.openrcm.events.common.Adjustment;
import org.openrcm.payments.claim.ExpectedClaim;

/** Domain remittances for the unit tests, built the short way: claim-level adjustments only, no lines. */
public final class Remittances {

    private Remittances() {
    }

    public static ClaimRemittance claim(String patientControlNumber, String status, BigDecimal charge, BigDecimal paid,
            BigDecimal patientShare, String payerClaimNumber, List<Adjustment> adjustments) {
        return new ClaimRemittance(patientControlNumber, status, charge, paid, patientShare, payerClaimNumber,
                adjustments.stream().map(Cas::of).toList(), List.of(), List.of(), 0);
    }

    public static Remittance remittance(String payerId, String payerName, String trace, String method, LocalDate date,
            BigDecimal amount, List<ClaimRemittance> claims) {
        return new Remittance(payerId, payerName, null, null, trace, method, date, amount, claims, List.of(),
                RemittanceSource.of(RemittanceSource.API));
    }

    public static ReceivedRemittance received(String tenantId, Remittance remittance, Instant now) {
        return ReceivedRemittance.of(tenantId, remittance, RemittanceFingerprint.of(remittance).hash(), null, now);
    }

    public static ExpectedClaim expected(String claimId, String totalCharge) {
        return ExpectedClaim.of(new ClaimSubmitted("t1", claimId, "enc-1", "pat-1", "BCBS01", "sub-1", "1",
                new BigDecimal(totalCharge), LocalDate.of(2026, 11, 20), Instant.parse("2026-11-21T09:00:00Z"),
                "PCN" + claimId.toUpperCase().replace("-", ""), null, null));
    }
}
