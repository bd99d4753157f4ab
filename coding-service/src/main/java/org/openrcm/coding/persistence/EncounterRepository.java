package org.openrcm.coding.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.openrcm.coding.domain.Encounter;
import org.openrcm.coding.domain.EncounterStatus;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** Encounters, always looked up within one tenant. */
@ApplicationScoped
public class EncounterRepository implements PanacheRepositoryBase<Encounter, UUID> {

    public Optional<Encounter> findForTenant(String tenantId, UUID id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
    }

    public Optional<Encounter> findByExternalId(String tenantId, String externalId) {
        return find("tenantId = ?1 and externalId = ?2", tenantId, externalId).firstResultOptional();
    }

    public List<Encounter> listForTenant(String tenantId, EncounterStatus status, int pageIndex, int pageSize) {
        Sort order = Sort.by("receivedAt", Sort.Direction.Descending);
        return (status == null ? find("tenantId = ?1", order, tenantId)
                : find("tenantId = ?1 and status = ?2", order, tenantId, status))
                .page(Page.of(pageIndex, pageSize)).list();
    }
}
