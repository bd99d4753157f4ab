package org.openrcm.payments.intake;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;

/** Received remittance files, always looked up within one tenant. */
@ApplicationScoped
public class RemittanceFileRepository implements PanacheRepositoryBase<RemittanceFile, UUID> {

    public Optional<RemittanceFile> findForTenant(String tenantId, UUID id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
    }

    /** The first copy of these bytes the tenant received. */
    public Optional<RemittanceFile> findOriginal(String tenantId, String sha256) {
        return find("tenantId = ?1 and sha256 = ?2 and status <> ?3", tenantId, sha256,
                RemittanceFile.Status.DUPLICATE).firstResultOptional();
    }

    public List<RemittanceFile> listForTenant(String tenantId, int page, int size) {
        return find("tenantId = ?1 order by receivedAt desc, id", tenantId).page(Page.of(page, size)).list();
    }
}
