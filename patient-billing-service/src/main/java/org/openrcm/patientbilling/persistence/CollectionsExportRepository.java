package org.openrcm.patientbilling.persistence;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.openrcm.patientbilling.collections.CollectionsExport;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Collection agency files written, per tenant. */
@ApplicationScoped
public class CollectionsExportRepository implements PanacheRepositoryBase<CollectionsExport, UUID> {

    public long countForTenant(String tenantId) {
        return count("tenantId", tenantId);
    }
}
