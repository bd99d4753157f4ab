package org.openrcm.payments.remittance;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.openrcm.payments.claim.ExpectedClaim;
import org.openrcm.payments.domain.PostingAudit;
import org.openrcm.payments.domain.WorkflowException;
import org.openrcm.payments.persistence.ClaimLocks;
import org.openrcm.payments.persistence.ClaimPaymentRepository;
import org.openrcm.payments.persistence.ExpectedClaimRepository;
import org.openrcm.payments.posting.ClaimPaymentPoster;

/**
 * The work queues of claim payments (unmatched, held, posted, denied) and the unmatched queue's actions: match a
 * payment to a claim by hand, or mark it for refund to the payer. Both audited.
 */
@ApplicationScoped
public class ClaimPaymentService {

    private final ClaimPaymentRepository claimPayments;
    private final ExpectedClaimRepository expectedClaims;
    private final ClaimLocks claimLocks;
    private final ClaimPaymentPoster poster;
    private final PostingAudit audit;

    ClaimPaymentService(ClaimPaymentRepository claimPayments, ExpectedClaimRepository expectedClaims,
            ClaimLocks claimLocks, ClaimPaymentPoster poster, PostingAudit audit) {
        this.claimPayments = claimPayments;
        this.expectedClaims = expectedClaims;
        this.claimLocks = claimLocks;
        this.poster = poster;
        this.audit = audit;
    }

    @Transactional
    public List<ClaimPayment> list(String tenantId, ClaimPaymentStatus status, int page, int size) {
        return claimPayments.listForTenant(tenantId, status, page, size);
    }

    @Transactional
    public Optional<ClaimPayment> find(String tenantId, UUID id) {
        return claimPayments.findForTenant(tenantId, id);
    }

    /**
     * A poster found the claim an unmatched payment is for (the payer garbled CLP01): it is posted to that claim.
     *
     * @return empty when the payment or the claim is not the tenant's
     */
    @Transactional
    public Optional<ClaimPayment> match(String tenantId, UUID paymentId, String claimId, String actor) {
        Optional<ClaimPayment> payment = claimPayments.findForTenant(tenantId, paymentId);
        Optional<ExpectedClaim> claim = expectedClaims.findForTenant(tenantId, claimId);
        if (payment.isEmpty() || claim.isEmpty()) {
            return Optional.empty();
        }
        if (payment.get().status() != ClaimPaymentStatus.UNMATCHED) {
            throw new WorkflowException("Claim payment " + paymentId + " is " + payment.get().status()
                    + "; only an unmatched payment is matched by hand");
        }
        claimLocks.lock(tenantId, List.of(claim.get().patientControlNumber(), payment.get().patientControlNumber()));
        poster.post(payment.get(), claim.get());
        audit.record(tenantId, PostingAudit.CLAIM_PAYMENT, paymentId, "MATCH", actor, "matched to claim " + claimId);
        return payment;
    }

    /** The payment is not ours to keep (no such claim here): it is marked for refund to the payer. */
    @Transactional
    public Optional<ClaimPayment> requestRefund(String tenantId, UUID paymentId, String note, String actor) {
        Optional<ClaimPayment> payment = claimPayments.findForTenant(tenantId, paymentId);
        payment.ifPresent(found -> {
            found.requestRefund(note);
            audit.record(tenantId, PostingAudit.CLAIM_PAYMENT, paymentId, "REFUND", actor, note);
        });
        return payment;
    }
}
