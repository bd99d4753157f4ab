package org.openrcm.payments.persistence;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;

import org.openrcm.payments.domain.ExpectedClaim;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Submitted claims, always looked up within one tenant. */
@ApplicationScoped
public class ExpectedClaimRepository implements PanacheRepositoryBase<ExpectedClaim, UUID> {

    public Optional<ExpectedClaim> findForTenant(String tenantId, String claimId) {
        return find("tenantId = ?1 and claimId = ?2", tenantId, claimId).firstResultOptional();
    }

    /**
     * The claim a remittance's CLP is about: by our patient control number (CLP01), by our claim id for claims
     * submitted before the contract carried the patient control number, or by the payer's claim number (CLP07) the
     * payer gave on an earlier ERA. Submitted claims do not change while a remittance posts, so the lookup by
     * patient control number does not flush the posting's session first.
     */
    public Optional<ExpectedClaim> match(String tenantId, String patientControlNumber, String payerClaimNumber) {
        Optional<ExpectedClaim> byNumber = getEntityManager().createQuery("from ExpectedClaim where tenantId = ?1"
                + " and patientControlNumber = ?2", ExpectedClaim.class).setParameter(1, tenantId)
                .setParameter(2, patientControlNumber).setFlushMode(FlushModeType.COMMIT).setMaxResults(1)
                .getResultStream().findFirst();
        if (byNumber.isPresent()) {
            return byNumber;
        }
        Optional<ExpectedClaim> byId = findForTenant(tenantId, patientControlNumber);
        if (byId.isPresent() || payerClaimNumber == null || payerClaimNumber.isBlank()) {
            return byId;
        }
        return find("tenantId = ?1 and payerClaimNumber = ?2", tenantId, payerClaimNumber).firstResultOptional();
    }
}
