package org.openrcm.patientbilling.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.openrcm.patientbilling.domain.ClaimSummary;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Claim summaries, always looked up within one tenant. */
@ApplicationScoped
public class ClaimSummaryRepository implements PanacheRepositoryBase<ClaimSummary, UUID> {

    public Optional<ClaimSummary> findByClaimId(String tenantId, String claimId) {
        return find("tenantId = ?1 and claimId = ?2", tenantId, claimId).firstResultOptional();
    }

    public List<ClaimSummary> findByClaimIds(String tenantId, Collection<String> claimIds) {
        return claimIds.isEmpty() ? List.of() : list("tenantId = ?1 and claimId in ?2", tenantId, claimIds);
    }
}
