package org.openrcm.claims.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.openrcm.claims.persistence.ClaimRepository;

/** Reads a tenant's claims for the biller's queues. Lines and history are loaded inside the transaction. */
@ApplicationScoped
public class ClaimQueryService {

    /** A claim read with its lines and history. */
    public record ClaimView(Claim claim, List<ServiceLine> lines, List<ClaimStatusChange> history) {

        public static ClaimView of(Claim claim) {
            return new ClaimView(claim, claim.lines(), claim.history());
        }
    }

    private final ClaimRepository claims;

    ClaimQueryService(ClaimRepository claims) {
        this.claims = claims;
    }

    @Transactional
    public Optional<ClaimView> find(String tenantId, UUID claimId) {
        return claims.findForTenant(tenantId, claimId).map(ClaimView::of);
    }

    /** The rejection queue: REJECTED claims, longest waiting first, filtered as given (nulls: no filter). */
    @Transactional
    public List<ClaimView> rejected(String tenantId, String payerId, RejectionCategory category, Instant rejectedBy,
            int page, int size) {
        return claims.rejected(tenantId, payerId, category, rejectedBy, page, size).stream().map(ClaimView::of)
                .toList();
    }

    @Transactional
    public List<ClaimView> list(String tenantId, ClaimStatus status, int page, int size) {
        return claims.listForTenant(tenantId, status, page, size).stream().map(ClaimView::of).toList();
    }
}
