package org.openrcm.payments.persistence;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;

import org.openrcm.payments.posting.ClaimResponsibility;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** What patients owe per claim; the caller holds the claim's lock. */
@ApplicationScoped
public class ClaimResponsibilityRepository
        implements PanacheRepositoryBase<ClaimResponsibility, ClaimResponsibility.Key> {

    /** The rows of those of the claims that have one, by claim id: one query for a remittance's claims. */
    public Map<String, ClaimResponsibility> forClaims(String tenantId, Collection<String> claimIds) {
        if (claimIds.isEmpty()) {
            return new HashMap<>();
        }
        return getEntityManager().createQuery("from ClaimResponsibility where tenantId = ?1 and claimId in ?2",
                ClaimResponsibility.class).setParameter(1, tenantId).setParameter(2, claimIds)
                .setFlushMode(FlushModeType.COMMIT).getResultStream()
                .collect(Collectors.toMap(ClaimResponsibility::claimId, row -> row, (a, b) -> a, HashMap::new));
    }
}
