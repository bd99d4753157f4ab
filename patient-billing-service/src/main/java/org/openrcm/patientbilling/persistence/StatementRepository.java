package org.openrcm.patientbilling.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.openrcm.patientbilling.domain.Statement;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** Issued statements, always looked up within one tenant. */
@ApplicationScoped
public class StatementRepository implements PanacheRepositoryBase<Statement, UUID> {

    public Optional<Statement> findForTenant(String tenantId, UUID id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
    }

    public List<Statement> pageForAccount(String tenantId, UUID accountId, int page, int size) {
        return find("tenantId = ?1 and accountId = ?2", Sort.by("issuedAt", Sort.Direction.Descending).and("id"),
                tenantId, accountId).page(Page.of(page, size)).list();
    }
}
