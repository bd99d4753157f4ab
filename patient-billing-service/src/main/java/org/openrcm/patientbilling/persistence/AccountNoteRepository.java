package org.openrcm.patientbilling.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.openrcm.patientbilling.report.AccountNote;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** Notes on accounts, always looked up within one tenant. */
@ApplicationScoped
public class AccountNoteRepository implements PanacheRepositoryBase<AccountNote, UUID> {

    public List<AccountNote> page(String tenantId, UUID accountId, int page, int size) {
        return find("tenantId = ?1 and accountId = ?2", Sort.by("createdAt", Sort.Direction.Descending).and("id"),
                tenantId, accountId).page(Page.of(page, size)).list();
    }
}
