package org.openrcm.payments.persistence;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.openrcm.payments.domain.ExpectedClaim;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Submitted claims, always looked up within one tenant. */
@ApplicationScoped
public class ExpectedClaimRepository implements PanacheRepositoryBase<ExpectedClaim, UUID> {

    public Optional<ExpectedClaim> findForTenant(String tenantId, String claimId) {
        return find("tenantId = ?1 and claimId = ?2", tenantId, claimId).firstResultOptional();
    }
}
