package org.openrcm.payments.persistence;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;

import org.openrcm.payments.claim.ExpectedClaim;
import org.openrcm.payments.remittance.ClaimPayment;

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

    /**
     * {@link #match} for each of a remittance's claim payments, with one query for all those found by patient control
     * number (nearly all of them); the others are looked up one by one. A payment whose claim is unknown is left out.
     */
    public Map<ClaimPayment, ExpectedClaim> match(String tenantId, List<ClaimPayment> payments) {
        Map<ClaimPayment, ExpectedClaim> matched = new LinkedHashMap<>();
        if (payments.isEmpty()) {
            return matched;
        }
        Map<String, ExpectedClaim> byNumber = new HashMap<>();
        getEntityManager().createQuery("from ExpectedClaim where tenantId = ?1 and patientControlNumber in ?2"
                + " order by id", ExpectedClaim.class).setParameter(1, tenantId)
                .setParameter(2, payments.stream().map(ClaimPayment::patientControlNumber).distinct().toList())
                .setFlushMode(FlushModeType.COMMIT).getResultStream()
                .forEach(claim -> byNumber.putIfAbsent(claim.patientControlNumber(), claim));
        for (ClaimPayment payment : payments) {
            Optional<ExpectedClaim> claim = Optional.ofNullable(byNumber.get(payment.patientControlNumber()))
                    .or(() -> match(tenantId, payment.patientControlNumber(), payment.payerClaimNumber()));
            claim.ifPresent(found -> matched.put(payment, found));
        }
        return matched;
    }
}
