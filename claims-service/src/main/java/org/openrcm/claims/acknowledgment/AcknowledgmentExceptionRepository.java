package org.openrcm.claims.acknowledgment;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** The exception list, always within one tenant. */
@ApplicationScoped
public class AcknowledgmentExceptionRepository implements PanacheRepositoryBase<AcknowledgmentException, Long> {

    public List<AcknowledgmentException> listForTenant(String tenantId, int page, int size) {
        return find("tenantId", Sort.by("id", Sort.Direction.Descending), tenantId).page(Page.of(page, size))
                .list();
    }
}
