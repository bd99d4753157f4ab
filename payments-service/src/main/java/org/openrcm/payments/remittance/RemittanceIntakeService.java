package org.openrcm.payments.remittance;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.openrcm.events.payments.RemittanceReceived;
import org.openrcm.payments.deposit.DepositService;
import org.openrcm.payments.domain.PostingAudit;
import org.openrcm.payments.persistence.ClaimLocks;
import org.openrcm.payments.persistence.ExpectedClaimRepository;
import org.openrcm.payments.persistence.RemittanceRepository;
import org.openrcm.payments.posting.ClaimPaymentPoster;
import org.openrcm.payments.posting.RemittanceBalancer;
import org.openrcm.plumbing.outbox.OutboxWriter;

/**
 * Takes remittances (835 transaction sets) in. The same remittance again (the same content, whether in the same
 * file, inside another file or posted again) is a duplicate and changes nothing. The same payer trace with other
 * content is stored and held for a poster with the differences. Otherwise every remittance is stored and announced,
 * balanced or not, so nothing a payer sent is lost: one whose payment does not add up (BPR02 = Σ CLP04 − Σ PLB) is
 * held whole with the exact discrepancy; else its provider-level adjustments post to the payee's account and each
 * claim is held if it does not balance, posted if its claim is known, or left UNMATCHED until its claim arrives.
 */
@ApplicationScoped
public class RemittanceIntakeService {

    /** What an intake did: took the remittance in (posted or held), or found it was a duplicate of one taken in. */
    public enum Outcome {
        POSTED, HELD, DUPLICATE
    }

    /** The outcome of an intake: the remittance (the earlier one for a duplicate), and what happened. */
    public record Intake(ReceivedRemittance remittance, Outcome outcome) {

        public boolean created() {
            return outcome != Outcome.DUPLICATE;
        }
    }

    private final RemittanceRepository remittances;
    private final ExpectedClaimRepository expectedClaims;
    private final ClaimLocks claimLocks;
    private final ClaimPaymentPoster poster;
    private final PostingAudit audit;
    private final DepositService deposits;
    private final OutboxWriter outbox;
    private final Clock clock;

    RemittanceIntakeService(RemittanceRepository remittances, ExpectedClaimRepository expectedClaims,
            ClaimLocks claimLocks, ClaimPaymentPoster poster, PostingAudit audit, DepositService deposits,
            OutboxWriter outbox, Clock clock) {
        this.remittances = remittances;
        this.expectedClaims = expectedClaims;
        this.claimLocks = claimLocks;
        this.poster = poster;
        this.audit = audit;
        this.deposits = deposits;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Intake receive(String tenantId, Remittance remittance) {
        return receive(tenantId, remittance, null);
    }

    /** Takes one remittance in, from the file {@code fileId} (null when it did not come in a file). */
    @Transactional
    public Intake receive(String tenantId, Remittance remittance, UUID fileId) {
        RemittanceFingerprint fingerprint = RemittanceFingerprint.of(remittance);
        // Copies of one payment wait for each other here, so the second sees the first and is not posted again.
        claimLocks.lockTrace(tenantId, remittance.payerId(), remittance.traceNumber());
        Optional<ReceivedRemittance> same = remittances.findByContent(tenantId, fingerprint.hash());
        if (same.isPresent()) {
            return new Intake(same.get(), Outcome.DUPLICATE);
        }
        Optional<ReceivedRemittance> sameTrace = remittances.findByTrace(tenantId, remittance.payerId(),
                remittance.traceNumber());
        Instant now = clock.instant();
        ReceivedRemittance received = ReceivedRemittance.of(tenantId, remittance, fingerprint.hash(), fileId, now);
        // Inserted at the next flush, after posting: its payments and lines go in as posted, not inserted and updated.
        remittances.persist(received);
        outbox.append(new RemittanceReceived(tenantId, received.id().toString(), received.payerId(),
                received.payerName(), received.traceNumber(), received.paymentAmount(), received.paymentMethod(),
                received.paymentDate(), remittance.claims().size(), received.receivedAt()));
        if (sameTrace.isPresent()) {
            List<String> differences = fingerprint.differences(RemittanceFingerprint.of(sameTrace.get().remitted()));
            received.hold(HoldKind.TRACE_CONFLICT, "payer %s trace %s was already taken in (remittance %s) with other"
                    .formatted(remittance.payerId(), remittance.traceNumber(), sameTrace.get().id())
                    + " content: " + String.join("; ", differences), sameTrace.get().id());
            return new Intake(received, Outcome.HELD);
        }
        deposits.reassociate(received);
        Optional<String> imbalance = RemittanceBalancer.remittanceImbalance(remittance);
        if (imbalance.isPresent()) {
            received.hold(HoldKind.UNBALANCED, imbalance.get(), null);
            return new Intake(received, Outcome.HELD);
        }
        postClaims(received, now);
        return new Intake(received, Outcome.POSTED);
    }

    /**
     * A poster reviewed a held remittance (its discrepancy, or how it differs from the first one with its trace) and
     * lets it through: its provider adjustments and claims are posted like those of any balanced remittance.
     */
    @Transactional
    public Optional<ReceivedRemittance> release(String tenantId, UUID remittanceId, String actor, String note) {
        Optional<ReceivedRemittance> found = remittances.findForTenant(tenantId, remittanceId);
        found.ifPresent(received -> {
            Instant now = clock.instant();
            received.release(actor, note, now);
            audit.record(tenantId, PostingAudit.REMITTANCE, received.id(), "RELEASE", actor, note);
            postClaims(received, now);
        });
        return found;
    }

    private void postClaims(ReceivedRemittance received, Instant now) {
        received.postProviderAdjustments(now);
        String tenantId = received.tenantId();
        claimLocks.lock(tenantId, received.claims().stream().map(ClaimPayment::patientControlNumber).toList());
        List<ClaimPayment> balanced = new ArrayList<>();
        for (ClaimPayment payment : received.claims()) {
            Optional<String> claimImbalance = RemittanceBalancer.claimImbalance(payment.remitted());
            if (claimImbalance.isPresent()) {
                payment.hold(claimImbalance.get());
            } else {
                balanced.add(payment);
            }
        }
        poster.postAll(tenantId, expectedClaims.match(tenantId, balanced));
    }

    @Transactional
    public Optional<ReceivedRemittance> find(String tenantId, UUID id) {
        return remittances.findForTenant(tenantId, id);
    }

    @Transactional
    public List<ReceivedRemittance> list(String tenantId, RemittanceStatus status, int page, int size) {
        return remittances.listForTenant(tenantId, status, page, size);
    }
}
