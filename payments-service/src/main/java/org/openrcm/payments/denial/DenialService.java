package org.openrcm.payments.denial;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.openrcm.events.payments.ClaimCorrectionRequested;
import org.openrcm.payments.claim.ExpectedClaim;
import org.openrcm.payments.domain.PostingAudit;
import org.openrcm.payments.ledger.ClaimBalance;
import org.openrcm.payments.ledger.LedgerEntry;
import org.openrcm.payments.persistence.ClaimLocks;
import org.openrcm.payments.persistence.ClaimPaymentRepository;
import org.openrcm.payments.persistence.ExpectedClaimRepository;
import org.openrcm.payments.persistence.LedgerEntryRepository;
import org.openrcm.payments.remittance.ClaimPayment;
import org.openrcm.payments.remittance.ClaimPaymentStatus;
import org.openrcm.plumbing.outbox.OutboxWriter;

/**
 * The denial queue and its work: appeal, correct and resubmit (ClaimCorrectionRequested to claims-service), or write
 * the open balance off with a reason. Nothing is written off unless a poster says so; every action is audited.
 */
@ApplicationScoped
public class DenialService {

    private final ClaimPaymentRepository claimPayments;
    private final ExpectedClaimRepository expectedClaims;
    private final LedgerEntryRepository ledger;
    private final ClaimLocks claimLocks;
    private final PostingAudit audit;
    private final OutboxWriter outbox;
    private final Clock clock;

    DenialService(ClaimPaymentRepository claimPayments, ExpectedClaimRepository expectedClaims,
            LedgerEntryRepository ledger, ClaimLocks claimLocks, PostingAudit audit, OutboxWriter outbox,
            Clock clock) {
        this.claimPayments = claimPayments;
        this.expectedClaims = expectedClaims;
        this.ledger = ledger;
        this.claimLocks = claimLocks;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Oldest first; {@code minAgeDays} keeps denials at least that old. */
    @Transactional
    public List<ClaimPayment> list(String tenantId, DenialStatus status, String reasonCode, String payerId,
            Integer minAgeDays, int page, int size) {
        Instant deniedBefore = minAgeDays == null ? null
                : clock.instant().minus(java.time.Duration.ofDays(minAgeDays));
        return claimPayments.denials(tenantId, status, reasonCode, payerId, deniedBefore, page, size);
    }

    @Transactional
    public Optional<ClaimPayment> appeal(String tenantId, UUID denialId, String note, String actor) {
        return denial(tenantId, denialId).map(denial -> {
            denial.workDenial(DenialStatus.APPEALED, note, clock.instant());
            audit.record(tenantId, PostingAudit.DENIAL, denialId, "APPEAL", actor, note);
            return denial;
        });
    }

    @Transactional
    public Optional<ClaimPayment> resubmit(String tenantId, UUID denialId, String note, String actor) {
        return denial(tenantId, denialId).map(denial -> {
            Instant now = clock.instant();
            denial.workDenial(DenialStatus.RESUBMITTED, note, now);
            outbox.append(new ClaimCorrectionRequested(tenantId, denial.claimId(), denial.id().toString(),
                    denial.remittanceId().toString(), denial.remittance().payerId(), denial.payerClaimNumber(),
                    denial.codes(), note, now));
            audit.record(tenantId, PostingAudit.DENIAL, denialId, "RESUBMIT", actor, note);
            return denial;
        });
    }

    /** Writes off what the payer still owes on the denied claim (CO with the reason given), in the ledger. */
    @Transactional
    public Optional<ClaimPayment> writeOff(String tenantId, UUID denialId, String reasonCode, String note,
            String actor) {
        return denial(tenantId, denialId).map(denial -> {
            ExpectedClaim claim = expectedClaims.findForTenant(tenantId, denial.claimId()).orElseThrow();
            claimLocks.lock(tenantId, List.of(claim.patientControlNumber()));
            Instant now = clock.instant();
            denial.workDenial(DenialStatus.WRITTEN_OFF, note, now);
            BigDecimal open = ClaimBalance.of(claim.totalCharge(), ledger.forClaim(tenantId, claim.claimId()))
                    .insuranceBalance();
            if (open.signum() != 0) {
                ledger.persist(LedgerEntry.writeOff(denial, claim, ledger.nextLineNumber(denial.id()), reasonCode,
                        open, note, now));
            }
            audit.record(tenantId, PostingAudit.DENIAL, denialId, "WRITE_OFF", actor,
                    "CO-" + reasonCode + " " + open + ": " + note);
            return denial;
        });
    }

    private Optional<ClaimPayment> denial(String tenantId, UUID denialId) {
        return claimPayments.findForTenant(tenantId, denialId)
                .filter(payment -> payment.status() == ClaimPaymentStatus.DENIED);
    }
}
