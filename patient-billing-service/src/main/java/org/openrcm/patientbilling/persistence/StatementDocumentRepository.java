package org.openrcm.patientbilling.persistence;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.openrcm.patientbilling.statement.StatementDocument;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Rendered statements, always looked up within one tenant. */
@ApplicationScoped
public class StatementDocumentRepository implements PanacheRepositoryBase<StatementDocument, UUID> {

    public Optional<StatementDocument> findForTenant(String tenantId, UUID statementId) {
        return find("tenantId = ?1 and statementId = ?2", tenantId, statementId).firstResultOptional();
    }
}
