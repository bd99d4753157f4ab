package org.openrcm.payments.patientpayment;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.openrcm.events.patientbilling.PatientPaymentReceived;
import org.openrcm.events.payments.PatientPaymentPosted;
import org.openrcm.payments.ledger.LedgerEntry;
import org.openrcm.payments.persistence.ClaimLocks;
import org.openrcm.payments.persistence.ExpectedClaimRepository;
import org.openrcm.payments.persistence.LedgerEntryRepository;
import org.openrcm.plumbing.inbound.PoisonEventException;
import org.openrcm.plumbing.outbox.OutboxWriter;

/**
 * Posts a patient's payment (taken by patient-billing-service) to the ledger: to the claim it names, or to the
 * patient's account, and announces it (PatientPaymentPosted) in the same transaction. A payment is posted once
 * whatever brings it again (a redelivery, or another event with the same payment id). A payment that cannot be right
 * (nothing or less paid, a claim the tenant does not have; fractions of a cent break the schema already) goes to the
 * dead-letter topic with the reason rather than into the ledger.
 */
@ApplicationScoped
public class PatientPaymentService {

    /** Whether the payment was posted now, or had been before. */
    public enum Outcome {
        POSTED, DUPLICATE
    }

    private final LedgerEntryRepository ledger;
    private final ExpectedClaimRepository expectedClaims;
    private final ClaimLocks locks;
    private final OutboxWriter outbox;
    private final Clock clock;

    PatientPaymentService(LedgerEntryRepository ledger, ExpectedClaimRepository expectedClaims, ClaimLocks locks,
            OutboxWriter outbox, Clock clock) {
        this.ledger = ledger;
        this.expectedClaims = expectedClaims;
        this.locks = locks;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Outcome post(PatientPaymentReceived payment) {
        if (payment.amount() == null || payment.amount().signum() <= 0) {
            throw new PoisonEventException("Patient payment " + payment.paymentId() + " of tenant "
                    + payment.tenantId() + " has amount " + payment.amount() + ": a payment must be more than 0");
        }
        if (payment.claimId() != null
                && expectedClaims.findForTenant(payment.tenantId(), payment.claimId()).isEmpty()) {
            throw new PoisonEventException("Patient payment " + payment.paymentId() + " names claim "
                    + payment.claimId() + ", which tenant " + payment.tenantId() + " does not have");
        }
        // Two deliveries of one payment wait for each other here, so the second finds the first's entry.
        locks.lockPatientPayment(payment.tenantId(), payment.paymentId());
        if (ledger.forPatientPayment(payment.tenantId(), payment.paymentId()).isPresent()) {
            return Outcome.DUPLICATE;
        }
        Instant now = clock.instant();
        ledger.persist(LedgerEntry.patientPayment(payment.tenantId(), payment.paymentId(), payment.patientId(),
                payment.claimId(), payment.amount(), payment.method(), payment.reference(), now));
        outbox.append(new PatientPaymentPosted(payment.tenantId(), payment.paymentId(), payment.patientId(),
                payment.claimId(), payment.amount(), now));
        return Outcome.POSTED;
    }
}
