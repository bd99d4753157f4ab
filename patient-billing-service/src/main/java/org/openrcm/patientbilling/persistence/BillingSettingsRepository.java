package org.openrcm.patientbilling.persistence;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.openrcm.patientbilling.settings.BillingSettings;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The billing settings of each tenant, by tenant id. */
@ApplicationScoped
public class BillingSettingsRepository implements PanacheRepositoryBase<BillingSettings, String> {

    public Optional<BillingSettings> findForTenant(String tenantId) {
        return findByIdOptional(tenantId);
    }
}
