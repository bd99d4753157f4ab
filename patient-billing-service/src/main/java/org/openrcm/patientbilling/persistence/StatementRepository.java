package org.openrcm.patientbilling.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.openrcm.patientbilling.domain.Statement;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Issued statements, always looked up within one tenant. */
@ApplicationScoped
public class StatementRepository implements PanacheRepositoryBase<Statement, UUID> {

    public Optional<Statement> findForTenant(String tenantId, UUID id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
    }

    /** The statements that billed the account, alone or with the other accounts of its guarantor, newest first. */
    @SuppressWarnings("unchecked")
    public List<Statement> pageForAccount(String tenantId, UUID accountId, int page, int size) {
        return getEntityManager().createNativeQuery("SELECT * FROM statement WHERE tenant_id = ?1"
                + " AND covered_accounts @> ARRAY[CAST(?2 AS uuid)] ORDER BY issued_at DESC, id", Statement.class)
                .setParameter(1, tenantId).setParameter(2, accountId.toString()).setFirstResult(page * size)
                .setMaxResults(size).getResultList();
    }

    /** The dates of the statements (of one tenant) with these ids. */
    public Map<UUID, LocalDate> datesOf(String tenantId, Collection<UUID> statementIds) {
        if (statementIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager().createQuery("select s.id, s.statementDate from Statement s where s.tenantId = :tenant"
                + " and s.id in :ids", Object[].class).setParameter("tenant", tenantId).setParameter("ids", statementIds)
                .getResultStream().collect(Collectors.toMap(row -> (UUID) row[0], row -> (LocalDate) row[1]));
    }
}
