package org.openrcm.payments.persistence;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;

import org.openrcm.payments.claim.ExpectedClaimLine;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The lines of created claims, always looked up within one tenant. */
@ApplicationScoped
public class ExpectedClaimLineRepository implements PanacheRepositoryBase<ExpectedClaimLine, UUID> {

    public List<ExpectedClaimLine> forClaim(String tenantId, String claimId) {
        // Lines never change within a posting: no need to flush the session before reading them.
        return getEntityManager().createQuery("from ExpectedClaimLine where tenantId = ?1 and claimId = ?2"
                + " order by lineNumber", ExpectedClaimLine.class).setParameter(1, tenantId).setParameter(2, claimId)
                .setFlushMode(FlushModeType.COMMIT).getResultList();
    }

    /** The lines of each of the claims, by claim id, in line order: one query for a remittance's claims. */
    public Map<String, List<ExpectedClaimLine>> forClaims(String tenantId, Collection<String> claimIds) {
        if (claimIds.isEmpty()) {
            return new HashMap<>();
        }
        return getEntityManager().createQuery("from ExpectedClaimLine where tenantId = ?1 and claimId in ?2"
                + " order by claimId, lineNumber", ExpectedClaimLine.class).setParameter(1, tenantId)
                .setParameter(2, claimIds).setFlushMode(FlushModeType.COMMIT).getResultStream()
                .collect(Collectors.groupingBy(ExpectedClaimLine::claimId, HashMap::new, Collectors.toList()));
    }
}
