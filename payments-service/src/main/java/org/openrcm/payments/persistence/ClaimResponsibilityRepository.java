package org.openrcm.payments.persistence;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.openrcm.payments.domain.ClaimResponsibility;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** What patients owe per claim; the caller holds the claim's lock. */
@ApplicationScoped
public class ClaimResponsibilityRepository
        implements PanacheRepositoryBase<ClaimResponsibility, ClaimResponsibility.Key> {

    public Optional<ClaimResponsibility> findForClaim(String tenantId, String claimId) {
        return findByIdOptional(new ClaimResponsibility.Key(tenantId, claimId));
    }
}
