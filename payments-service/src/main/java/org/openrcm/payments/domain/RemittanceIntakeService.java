package org.openrcm.payments.domain;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.openrcm.events.payments.RemittanceReceived;
import org.openrcm.payments.persistence.ClaimLocks;
import org.openrcm.payments.persistence.ExpectedClaimRepository;
import org.openrcm.payments.persistence.RemittanceRepository;
import org.openrcm.plumbing.outbox.OutboxWriter;

/**
 * Takes remittances in. Every remittance is stored and announced, balanced or not, so nothing a payer sent is lost.
 * One that does not add up is held whole; otherwise each claim is held if it does not balance, posted if its claim
 * is known, or left UNMATCHED until its claim arrives. The same payment (tenant, payer, trace) received again
 * returns the remittance already taken in, and posts nothing twice.
 */
@ApplicationScoped
public class RemittanceIntakeService {

    /** The outcome of an intake: the remittance, and whether this call took it in. */
    public record Intake(ReceivedRemittance remittance, boolean created) {
    }

    private final RemittanceRepository remittances;
    private final ExpectedClaimRepository expectedClaims;
    private final ClaimLocks claimLocks;
    private final ClaimPaymentPoster poster;
    private final OutboxWriter outbox;
    private final Clock clock;

    RemittanceIntakeService(RemittanceRepository remittances, ExpectedClaimRepository expectedClaims,
            ClaimLocks claimLocks, ClaimPaymentPoster poster, OutboxWriter outbox, Clock clock) {
        this.remittances = remittances;
        this.expectedClaims = expectedClaims;
        this.claimLocks = claimLocks;
        this.poster = poster;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Intake receive(String tenantId, Remittance remittance) {
        Optional<ReceivedRemittance> existing = remittances.findByTrace(tenantId, remittance.payerId(),
                remittance.traceNumber());
        if (existing.isPresent()) {
            return new Intake(existing.get(), false);
        }
        ReceivedRemittance received = ReceivedRemittance.of(tenantId, remittance, clock.instant());
        // Inserted at once: a concurrent copy of the same ERA then waits on the unique trace before posting anything.
        remittances.persistAndFlush(received);
        outbox.append(new RemittanceReceived(tenantId, received.id().toString(), received.payerId(),
                received.payerName(), received.traceNumber(), received.paymentAmount(), received.paymentMethod(),
                received.paymentDate(), remittance.claims().size(), received.receivedAt()));
        Optional<String> imbalance = RemittanceBalancer.remittanceImbalance(remittance);
        if (imbalance.isPresent()) {
            received.hold(imbalance.get());
            return new Intake(received, true);
        }
        claimLocks.lock(tenantId, remittance.claims().stream().map(ClaimRemittance::claimId).toList());
        for (ClaimPayment payment : received.claims()) {
            Optional<String> claimImbalance = RemittanceBalancer.claimImbalance(payment.remitted());
            if (claimImbalance.isPresent()) {
                payment.hold(claimImbalance.get());
            } else {
                expectedClaims.findForTenant(tenantId, payment.claimId())
                        .ifPresent(claim -> poster.post(payment, claim));
            }
        }
        return new Intake(received, true);
    }

    @Transactional
    public Optional<ReceivedRemittance> find(String tenantId, UUID id) {
        return remittances.findForTenant(tenantId, id);
    }
}
