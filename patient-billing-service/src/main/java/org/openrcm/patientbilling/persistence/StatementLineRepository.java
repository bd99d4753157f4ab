package org.openrcm.patientbilling.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.openrcm.patientbilling.domain.StatementLine;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** The lines of issued statements, always looked up within one tenant. */
@ApplicationScoped
public class StatementLineRepository implements PanacheRepositoryBase<StatementLine, UUID> {

    public List<StatementLine> listForStatement(String tenantId, UUID statementId) {
        return list("tenantId = ?1 and statementId = ?2", Sort.by("lineNumber"), tenantId, statementId);
    }
}
