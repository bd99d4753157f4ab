package org.openrcm.patientbilling.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.openrcm.events.patientbilling.PatientPaymentReceived;
import org.openrcm.patientbilling.domain.PatientAccount;

/**
 * A payment taken from a patient, under the client's Idempotency-Key with a hash of what was asked, so that a retry
 * finds it and a different request under the same key is refused. Posted once payments-service confirms it.
 */
@Entity
@Table(name = "patient_payment")
public class PatientPayment {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private UUID accountId;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String idempotencyKey;

    @Column(name = "request_hash", nullable = false, updatable = false)
    private String requestHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private PaymentMethod method;

    @Column(nullable = false, updatable = false)
    private BigDecimal amount;

    @Column(updatable = false)
    private String reference;

    @Column(name = "claim_id", updatable = false)
    private String claimId;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "posted_at")
    private Instant postedAt;

    protected PatientPayment() {
    }

    /** A payment and the event that hands it to payments-service. */
    public record Received(PatientPayment payment, PatientPaymentReceived event) {
    }

    public static Received receive(PatientAccount account, String idempotencyKey, String requestHash,
            PaymentMethod method, BigDecimal amount, String reference, String claimId, Instant now) {
        PatientPayment payment = new PatientPayment();
        payment.id = UUID.randomUUID();
        payment.tenantId = account.tenantId();
        payment.accountId = account.id();
        payment.idempotencyKey = idempotencyKey;
        payment.requestHash = requestHash;
        payment.method = method;
        payment.amount = amount;
        payment.reference = reference;
        payment.claimId = claimId;
        payment.receivedAt = now;
        return new Received(payment, new PatientPaymentReceived(payment.tenantId, payment.id.toString(),
                account.id().toString(), account.patientId(), claimId, amount, method.name(), reference, now));
    }

    /** payments-service posted it in the ledger; a redelivered confirmation changes nothing. */
    public void posted(Instant at) {
        if (postedAt == null) {
            postedAt = at;
        }
    }

    public boolean sameRequest(UUID otherAccountId, String otherHash) {
        return accountId.equals(otherAccountId) && requestHash.equals(otherHash);
    }

    public UUID id() {
        return id;
    }

    public UUID accountId() {
        return accountId;
    }

    public PaymentMethod method() {
        return method;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String reference() {
        return reference;
    }

    public String claimId() {
        return claimId;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant postedAt() {
        return postedAt;
    }
}
