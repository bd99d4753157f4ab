package org.openrcm.payments.domain;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.openrcm.payments.persistence.ExpectedClaimRepository;
import org.openrcm.payments.persistence.LedgerEntryRepository;

/** Reads a claim's ledger and balance. Only claims submitted for the tenant have one. */
@ApplicationScoped
public class ClaimLedgerService {

    private final ExpectedClaimRepository expectedClaims;
    private final LedgerEntryRepository ledger;

    ClaimLedgerService(ExpectedClaimRepository expectedClaims, LedgerEntryRepository ledger) {
        this.expectedClaims = expectedClaims;
        this.ledger = ledger;
    }

    @Transactional
    public Optional<ClaimLedger> ledger(String tenantId, String claimId) {
        return expectedClaims.findForTenant(tenantId, claimId).map(claim -> {
            List<LedgerEntry> entries = ledger.forClaim(tenantId, claimId);
            return new ClaimLedger(claim, entries, ClaimBalance.of(claim.totalCharge(), entries));
        });
    }
}
