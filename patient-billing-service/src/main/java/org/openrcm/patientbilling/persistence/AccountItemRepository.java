package org.openrcm.patientbilling.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.openrcm.patientbilling.domain.AccountItem;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** The items of patient accounts, always looked up within one tenant. */
@ApplicationScoped
public class AccountItemRepository implements PanacheRepositoryBase<AccountItem, UUID> {

    private static final Sort CHRONOLOGICAL = Sort.by("occurredAt").and("id");

    public List<AccountItem> listForAccount(String tenantId, UUID accountId) {
        return list("tenantId = ?1 and accountId = ?2", CHRONOLOGICAL, tenantId, accountId);
    }

    /** The items of several accounts, for a report that goes through a tenant's accounts in batches. */
    public List<AccountItem> listForAccounts(String tenantId, List<UUID> accountIds) {
        return accountIds.isEmpty() ? List.of()
                : list("tenantId = ?1 and accountId in ?2", CHRONOLOGICAL, tenantId, accountIds);
    }

    /** The items no statement showed yet; read under the account's lock so that none arrives meanwhile. */
    public List<AccountItem> unbilled(String tenantId, UUID accountId) {
        return list("tenantId = ?1 and accountId = ?2 and statementId is null", CHRONOLOGICAL, tenantId, accountId);
    }
}
