package org.openrcm.payments.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.openrcm.events.common.Adjustment;
import org.openrcm.events.payments.ClaimDenied;
import org.openrcm.events.payments.PatientResponsibilityDetermined;
import org.openrcm.events.payments.PaymentPosted;
import org.openrcm.payments.persistence.LedgerEntryRepository;
import org.openrcm.plumbing.outbox.OutboxWriter;

/**
 * Posts a balanced claim payment matched to its claim: to the ledger and to the cycle, in the caller's transaction.
 * The payment's own state guard makes a second posting fail, and the ledger's unique lines back it up.
 */
@ApplicationScoped
public class ClaimPaymentPoster {

    private final LedgerEntryRepository ledger;
    private final OutboxWriter outbox;
    private final Clock clock;

    ClaimPaymentPoster(LedgerEntryRepository ledger, OutboxWriter outbox, Clock clock) {
        this.ledger = ledger;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void post(ClaimPayment payment, ExpectedClaim claim) {
        Instant now = clock.instant();
        if (payment.remitted().isDenial()) {
            deny(payment, now);
            return;
        }
        payment.markPosted(now);
        ledger.persist(LedgerEntry.postingOf(payment, now));
        String remittanceId = payment.remittanceId().toString();
        String payerId = payment.remittance().payerId();
        outbox.append(new PaymentPosted(payment.tenantId(), payment.id().toString(), payment.claimId(), remittanceId,
                payerId, payment.payerClaimNumber(), payment.claimStatusCode(), payment.chargeAmount(),
                payment.paidAmount(), payment.patientResponsibilityAmount(), payment.adjustments(), now));
        List<Adjustment> patientShare = payment.remitted().patientResponsibility();
        BigDecimal patientTotal = Money.sum(patientShare.stream().map(Adjustment::amount));
        if (patientTotal.signum() > 0) {
            outbox.append(new PatientResponsibilityDetermined(payment.tenantId(), payment.claimId(),
                    claim.patientId(), remittanceId, payerId, claim.dateOfService(), payment.chargeAmount(),
                    payment.paidAmount(), patientTotal, patientShare, now));
        }
    }

    /**
     * A denial moves no money: the charge stays open at the payer until the denial is worked (appeal, corrected
     * claim or write-off), so its adjustments go to the denial queue in the event, not into the ledger.
     */
    private void deny(ClaimPayment payment, Instant now) {
        payment.markDenied(now);
        outbox.append(new ClaimDenied(payment.tenantId(), payment.claimId(), payment.remittanceId().toString(),
                payment.remittance().payerId(), payment.chargeAmount(), payment.adjustments(), List.of(), now));
    }
}
