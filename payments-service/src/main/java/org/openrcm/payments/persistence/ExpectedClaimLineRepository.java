package org.openrcm.payments.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.openrcm.payments.domain.ExpectedClaimLine;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The lines of created claims, always looked up within one tenant. */
@ApplicationScoped
public class ExpectedClaimLineRepository implements PanacheRepositoryBase<ExpectedClaimLine, UUID> {

    public List<ExpectedClaimLine> forClaim(String tenantId, String claimId) {
        return list("tenantId = ?1 and claimId = ?2 order by lineNumber", tenantId, claimId);
    }
}
