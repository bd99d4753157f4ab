package org.openrcm.payments.claim;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.openrcm.events.claims.ClaimSubmitted;
import org.openrcm.payments.domain.Money;

/** A claim the practice sent to a payer, so a payment for it is expected: what remittances are matched against. */
@Entity
@Table(name = "expected_claim")
public class ExpectedClaim {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "claim_id", nullable = false, updatable = false)
    private String claimId;

    @Column(name = "patient_id", nullable = false)
    private String patientId;

    @Column(name = "payer_id", nullable = false)
    private String payerId;

    @Column(name = "total_charge", nullable = false)
    private BigDecimal totalCharge;

    @Column(name = "date_of_service", nullable = false)
    private LocalDate dateOfService;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "patient_control_number")
    private String patientControlNumber;

    @Column(name = "payer_claim_number")
    private String payerClaimNumber;

    protected ExpectedClaim() {
    }

    public static ExpectedClaim of(ClaimSubmitted submitted) {
        ExpectedClaim claim = new ExpectedClaim();
        claim.id = UUID.randomUUID();
        claim.tenantId = submitted.tenantId();
        claim.claimId = submitted.claimId();
        claim.update(submitted);
        return claim;
    }

    /** A resubmission (replacement claim) of the same claim: the latest submission is what the payer pays. */
    public void update(ClaimSubmitted submitted) {
        patientId = submitted.patientId();
        payerId = submitted.payerId();
        totalCharge = Money.cents(submitted.totalCharge());
        dateOfService = submitted.dateOfService();
        submittedAt = submitted.submittedAt();
        // Claims submitted before the contract carried it were sent with the claim id as CLM01.
        patientControlNumber = submitted.patientControlNumber() != null ? submitted.patientControlNumber()
                : submitted.claimId();
    }

    /** The payer's own number for the claim (CLP07), by which its later ERAs may name it. */
    public void learnPayerClaimNumber(String number) {
        if (number != null && !number.isBlank()) {
            payerClaimNumber = number;
        }
    }

    public String claimId() {
        return claimId;
    }

    public String patientId() {
        return patientId;
    }

    public String payerId() {
        return payerId;
    }

    public BigDecimal totalCharge() {
        return totalCharge;
    }

    public LocalDate dateOfService() {
        return dateOfService;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String tenantId() {
        return tenantId;
    }

    public String patientControlNumber() {
        return patientControlNumber;
    }

    public String payerClaimNumber() {
        return payerClaimNumber;
    }
}
