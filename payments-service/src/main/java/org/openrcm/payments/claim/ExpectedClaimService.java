package org.openrcm.payments.claim;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.openrcm.events.claims.ClaimCreated;
import org.openrcm.events.claims.ClaimSubmitted;
import org.openrcm.events.common.ClaimLine;
import org.openrcm.payments.persistence.ClaimLocks;
import org.openrcm.payments.persistence.ClaimPaymentRepository;
import org.openrcm.payments.persistence.ExpectedClaimLineRepository;
import org.openrcm.payments.persistence.ExpectedClaimRepository;
import org.openrcm.payments.posting.ClaimPaymentPoster;
import org.openrcm.payments.remittance.ClaimPayment;

/**
 * Records the claims sent to payers, so that remittances can be matched to them, and their lines, so that the
 * payer's service lines can be. A claim whose payments came first (remittance before ClaimSubmitted) gets them
 * posted now, in the same transaction.
 */
@ApplicationScoped
public class ExpectedClaimService {

    private final ExpectedClaimRepository expectedClaims;
    private final ExpectedClaimLineRepository claimLines;
    private final ClaimPaymentRepository claimPayments;
    private final ClaimLocks claimLocks;
    private final ClaimPaymentPoster poster;

    ExpectedClaimService(ExpectedClaimRepository expectedClaims, ExpectedClaimLineRepository claimLines,
            ClaimPaymentRepository claimPayments, ClaimLocks claimLocks, ClaimPaymentPoster poster) {
        this.expectedClaims = expectedClaims;
        this.claimLines = claimLines;
        this.claimPayments = claimPayments;
        this.claimLocks = claimLocks;
        this.poster = poster;
    }

    @Transactional
    public void record(ClaimSubmitted submitted) {
        Set<String> keys = new LinkedHashSet<>();
        if (submitted.patientControlNumber() != null) {
            keys.add(submitted.patientControlNumber());
        }
        keys.add(submitted.claimId());
        claimLocks.lock(submitted.tenantId(), keys);
        ExpectedClaim claim = expectedClaims.findForTenant(submitted.tenantId(), submitted.claimId())
                .orElse(null);
        if (claim == null) {
            claim = ExpectedClaim.of(submitted);
            expectedClaims.persist(claim);
        } else {
            claim.update(submitted);
        }
        List<ClaimPayment> waiting = claimPayments.waitingFor(submitted.tenantId(), keys, claim.payerClaimNumber());
        Map<ClaimPayment, ExpectedClaim> toPost = new LinkedHashMap<>();
        for (ClaimPayment payment : waiting) {
            toPost.put(payment, claim);
        }
        poster.postAll(submitted.tenantId(), toPost);
    }

    /** The claim's lines as built; kept once (a claim's lines do not change under the same claim id). */
    @Transactional
    public void recordLines(ClaimCreated created) {
        if (created.lines() == null || !claimLines.forClaim(created.tenantId(), created.claimId()).isEmpty()) {
            return;
        }
        for (ClaimLine line : created.lines()) {
            claimLines.persist(ExpectedClaimLine.of(created.tenantId(), created.claimId(), line));
        }
    }
}
