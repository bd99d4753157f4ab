package org.openrcm.claims.domain;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.openrcm.claims.persistence.ClaimRepository;
import org.openrcm.events.payments.ClaimCorrectionRequested;
import org.openrcm.events.payments.ClaimDenied;
import org.openrcm.events.payments.PaymentPosted;
import org.openrcm.events.payments.PaymentReversed;
import org.openrcm.plumbing.inbound.PoisonEventException;

/**
 * Records the payer's adjudication that payments-service posted: a payment makes the claim PAID, a denial DENIED, a
 * reversal reopens it, and a poster's request to correct a denial puts it in the rejection queue.
 * An adjudication of a claim this service does not know, or never submitted, cannot be right: it goes to the
 * dead-letter topic for an operator rather than being dropped.
 */
@ApplicationScoped
public class ClaimAdjudicationService {

    /** CLP02 of a denied claim: payments-service posts it as a payment of nothing (and announces ClaimDenied). */
    static final String DENIED_STATUS_CODE = "4";

    private static final Logger LOG = Logger.getLogger(ClaimAdjudicationService.class);

    private final ClaimRepository claims;
    private final Clock clock;

    ClaimAdjudicationService(ClaimRepository claims, Clock clock) {
        this.claims = claims;
        this.clock = clock;
    }

    @Transactional
    public void paymentPosted(PaymentPosted payment) {
        ClaimStatus outcome = DENIED_STATUS_CODE.equals(payment.claimStatusCode()) ? ClaimStatus.DENIED
                : ClaimStatus.PAID;
        adjudicate(payment.tenantId(), payment.claimId(), outcome, "remittance " + payment.remittanceId()
                + ", CLP02 " + payment.claimStatusCode() + ", paid " + payment.paidAmount());
    }

    @Transactional
    public void denied(ClaimDenied denial) {
        adjudicate(denial.tenantId(), denial.claimId(), ClaimStatus.DENIED, "remittance " + denial.remittanceId());
    }

    /**
     * The payer took back its adjudication (835 reversal): the claim is open again, on the follow-up list with the
     * reversal as the reason, and the corrected adjudication that follows moves it on as usual.
     */
    @Transactional
    public void reversed(PaymentReversed reversal) {
        Claim claim = lock(reversal.tenantId(), reversal.claimId());
        String reason = "payment reversed by payer " + reversal.payerId() + " (remittance " + reversal.remittanceId()
                + ", payment " + reversal.reversedPaymentId() + ", paid " + reversal.paidAmount() + " taken back)";
        if (claim.status() == ClaimStatus.VOIDED) {
            LOG.infof("Claim %s of tenant %s is VOIDED; %s", reversal.claimId(), reversal.tenantId(), reason);
            return;
        }
        claim.reopened(reason, clock.instant());
    }

    /**
     * A poster working a denial asked for the claim to be corrected and resubmitted: it goes to the rejection queue
     * with the payer's CARCs and RARCs for a biller to correct. A claim that is not with the payer cannot have been
     * denied by it: that request goes to the dead-letter topic.
     */
    @Transactional
    public void correctionRequested(ClaimCorrectionRequested request) {
        Claim claim = lock(request.tenantId(), request.claimId());
        if (!claim.status().withPayer()) {
            throw new PoisonEventException("Claim " + request.claimId() + " is " + claim.status()
                    + "; a correction of the payer's denial " + request.denialId() + " does not apply to it");
        }
        List<RejectionReason> reasons = PayerCorrectionReasons.of(request.codes(), request.note());
        claim.correctionRequested(reasons.isEmpty() ? List.of(new RejectionReason(RejectionReason.PAYER, "NOTE",
                null, null, RejectionCategory.OTHER, "correction requested on denial " + request.denialId()))
                : reasons, request.payerClaimNumber(), clock.instant());
    }

    private void adjudicate(String tenantId, String claimId, ClaimStatus outcome, String note) {
        Claim claim = lock(tenantId, claimId);
        if (claim.status() == ClaimStatus.VOIDED) {
            // A payer answers a void with a reversal of its earlier payment: the claim stays withdrawn.
            LOG.infof("Claim %s of tenant %s is VOIDED; adjudication (%s) noted only here", claimId, tenantId, note);
            return;
        }
        if (!claim.status().adjudicable()) {
            throw new PoisonEventException("Claim " + claimId + " is " + claim.status()
                    + "; a payer cannot have adjudicated it");
        }
        claim.adjudicated(outcome, note, clock.instant());
    }

    private Claim lock(String tenantId, String claimId) {
        return claims.lockForTenant(tenantId, List.of(claimUuid(claimId))).stream().findFirst()
                .orElseThrow(() -> new PoisonEventException("Tenant " + tenantId + " has no claim " + claimId));
    }

    private static UUID claimUuid(String claimId) {
        try {
            return UUID.fromString(claimId);
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("Claim id " + claimId + " is not one of ours", e);
        }
    }
}
