package org.openrcm.payments.posting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openrcm.payments.claim.ExpectedClaim;
import org.openrcm.payments.claim.ExpectedClaimLine;
import org.openrcm.payments.domain.Money;
import org.openrcm.payments.persistence.ClaimPaymentRepository;
import org.openrcm.payments.persistence.ClaimResponsibilityRepository;
import org.openrcm.payments.persistence.ExpectedClaimLineRepository;
import org.openrcm.payments.remittance.ClaimPayment;
import org.openrcm.payments.remittance.ClaimPaymentStatus;

/**
 * What posting reads about the claims of one remittance (their lines, what was posted on them before, what the
 * patient owes), loaded with one query per kind for all of them: a large payer's transaction set has hundreds of
 * claims, and a query per claim per kind made posting crawl. It keeps up with what the postings made through it do
 * (payments posted, responsibilities created), so a claim posted twice in one remittance (a reversal and its
 * correction) sees the first posting. Good for one transaction, which holds the claims' locks.
 */
public final class PostingLookups {

    private final String tenantId;
    private final Map<String, List<ExpectedClaimLine>> lines;
    private final Map<String, List<ClaimPayment>> posted;
    private final Map<String, ClaimResponsibility> responsibilities;
    private final ClaimResponsibilityRepository responsibilityRepository;

    PostingLookups(String tenantId, Collection<String> claimIds, ExpectedClaimLineRepository claimLines,
            ClaimPaymentRepository claimPayments, ClaimResponsibilityRepository responsibilities) {
        this.tenantId = tenantId;
        this.lines = claimLines.forClaims(tenantId, claimIds);
        this.posted = claimPayments.postedFor(tenantId, claimIds);
        this.responsibilities = responsibilities.forClaims(tenantId, claimIds);
        this.responsibilityRepository = responsibilities;
    }

    /** Our lines of the claim, in line order (empty when its ClaimCreated never came). */
    List<ExpectedClaimLine> lines(String claimId) {
        return lines.getOrDefault(claimId, List.of());
    }

    /**
     * Every payment posted to (or denied on) the claim, in the order it was posted, reversals included: what the
     * database had, what was posted through these lookups since, and what {@code current} (the payments of the
     * remittance being posted) posted to it otherwise.
     */
    List<ClaimPayment> posted(String claimId, List<ClaimPayment> current) {
        List<ClaimPayment> result = new ArrayList<>(posted.getOrDefault(claimId, List.of()));
        current.stream().filter(p -> claimId.equals(p.claimId()) && !result.contains(p))
                .filter(PostingLookups::postedOrDenied).forEach(result::add);
        return result;
    }

    void remember(ClaimPayment payment) {
        if (payment.claimId() != null && postedOrDenied(payment)) {
            List<ClaimPayment> claimPayments = posted.computeIfAbsent(payment.claimId(), id -> new ArrayList<>());
            if (!claimPayments.contains(payment)) {
                claimPayments.add(payment);
            }
        }
    }

    /** What the patient owes for the claim; a row of nothing owed is created for a claim without one. */
    ClaimResponsibility responsibility(ExpectedClaim claim, Instant now) {
        return responsibilities.computeIfAbsent(claim.claimId(), claimId -> {
            ClaimResponsibility none = ClaimResponsibility.none(tenantId, claimId, claim.patientId(), now);
            responsibilityRepository.persist(none);
            return none;
        });
    }

    /** What the patient owes for the claim now, 0 without a row. */
    BigDecimal owed(String claimId) {
        ClaimResponsibility current = responsibilities.get(claimId);
        return current == null ? Money.ZERO : current.amount();
    }

    private static boolean postedOrDenied(ClaimPayment payment) {
        return payment.status() == ClaimPaymentStatus.POSTED || payment.status() == ClaimPaymentStatus.DENIED;
    }
}
