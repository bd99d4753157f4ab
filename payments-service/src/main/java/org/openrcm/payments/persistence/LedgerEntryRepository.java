package org.openrcm.payments.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.openrcm.payments.domain.LedgerEntry;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The claim ledger, always read within one tenant. */
@ApplicationScoped
public class LedgerEntryRepository implements PanacheRepositoryBase<LedgerEntry, Long> {

    /** The claim's entries in the order they were posted. */
    public List<LedgerEntry> forClaim(String tenantId, String claimId) {
        return list("tenantId = ?1 and claimId = ?2 order by id", tenantId, claimId);
    }
}
