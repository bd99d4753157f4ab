package org.openrcm.payments.domain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.openrcm.events.claims.ClaimSubmitted;
import org.openrcm.payments.persistence.ClaimLocks;
import org.openrcm.payments.persistence.ClaimPaymentRepository;
import org.openrcm.payments.persistence.ExpectedClaimRepository;

/**
 * Records the claims sent to payers, so that remittances can be matched to them. A claim whose payments came
 * first (remittance before ClaimSubmitted) gets them posted now, in the same transaction.
 */
@ApplicationScoped
public class ExpectedClaimService {

    private final ExpectedClaimRepository expectedClaims;
    private final ClaimPaymentRepository claimPayments;
    private final ClaimLocks claimLocks;
    private final ClaimPaymentPoster poster;

    ExpectedClaimService(ExpectedClaimRepository expectedClaims, ClaimPaymentRepository claimPayments,
            ClaimLocks claimLocks, ClaimPaymentPoster poster) {
        this.expectedClaims = expectedClaims;
        this.claimPayments = claimPayments;
        this.claimLocks = claimLocks;
        this.poster = poster;
    }

    @Transactional
    public void record(ClaimSubmitted submitted) {
        claimLocks.lock(submitted.tenantId(), List.of(submitted.claimId()));
        ExpectedClaim claim = expectedClaims.findForTenant(submitted.tenantId(), submitted.claimId())
                .orElse(null);
        if (claim == null) {
            claim = ExpectedClaim.of(submitted);
            expectedClaims.persist(claim);
        } else {
            claim.update(submitted);
        }
        for (ClaimPayment waiting : claimPayments.waitingFor(submitted.tenantId(), submitted.claimId())) {
            poster.post(waiting, claim);
        }
    }
}
