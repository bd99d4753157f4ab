package org.openrcm.claims.persistence;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.openrcm.claims.domain.BillingProfile;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Billing profiles, keyed by tenant. */
@ApplicationScoped
public class BillingProfileRepository implements PanacheRepositoryBase<BillingProfile, String> {

    public Optional<BillingProfile> findForTenant(String tenantId) {
        return findByIdOptional(tenantId);
    }
}
