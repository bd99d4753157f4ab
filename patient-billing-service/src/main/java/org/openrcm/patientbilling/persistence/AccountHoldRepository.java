package org.openrcm.patientbilling.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.openrcm.patientbilling.dunning.AccountHold;
import org.openrcm.patientbilling.dunning.HoldKind;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Holds on accounts, always looked up within one tenant. */
@ApplicationScoped
public class AccountHoldRepository implements PanacheRepositoryBase<AccountHold, UUID> {

    public List<AccountHold> active(String tenantId, UUID accountId) {
        return list("tenantId = ?1 and accountId = ?2 and clearedAt is null", Sort.by("setAt"), tenantId,
                accountId);
    }

    /** Which of the accounts have a hold in force. */
    public Set<UUID> onHold(String tenantId, Collection<UUID> accountIds) {
        return Set.copyOf(getEntityManager().createQuery("select distinct h.accountId from AccountHold h"
                + " where h.tenantId = :tenant and h.accountId in :accounts and h.clearedAt is null", UUID.class)
                .setParameter("tenant", tenantId).setParameter("accounts", accountIds).getResultList());
    }

    public Optional<AccountHold> activeOfKind(String tenantId, UUID accountId, HoldKind kind) {
        return find("tenantId = ?1 and accountId = ?2 and kind = ?3 and clearedAt is null", tenantId, accountId,
                kind).firstResultOptional();
    }

    public List<AccountHold> history(String tenantId, UUID accountId) {
        return list("tenantId = ?1 and accountId = ?2", Sort.by("setAt"), tenantId, accountId);
    }
}
