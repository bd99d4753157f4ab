package org.openrcm.payments.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.openrcm.events.common.Adjustment;

/**
 * One claim of a remittance (835 CLP) and where it stands. It starts UNMATCHED and moves exactly once: to POSTED or
 * DENIED when matched to its claim, or to HELD_UNBALANCED.
 */
@Entity
@Table(name = "claim_payment")
public class ClaimPayment {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "remittance_id", nullable = false, updatable = false)
    private ReceivedRemittance remittance;

    // The same column, read-only, so the id is at hand without loading the remittance.
    @Column(name = "remittance_id", insertable = false, updatable = false)
    private UUID remittanceId;

    @Column(name = "line_number", nullable = false, updatable = false)
    private int lineNumber;

    @Column(name = "claim_id", nullable = false, updatable = false)
    private String claimId;

    @Column(name = "claim_status_code", nullable = false, updatable = false)
    private String claimStatusCode;

    @Column(name = "payer_claim_number", updatable = false)
    private String payerClaimNumber;

    @Column(name = "charge_amount", nullable = false, updatable = false)
    private BigDecimal chargeAmount;

    @Column(name = "paid_amount", nullable = false, updatable = false)
    private BigDecimal paidAmount;

    @Column(name = "patient_responsibility_amount", nullable = false, updatable = false)
    private BigDecimal patientResponsibilityAmount;

    // Eager: a claim payment is never balanced, posted or shown without its adjustments.
    @OneToMany(mappedBy = "claimPayment", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @OrderBy("lineNumber")
    private List<ClaimAdjustment> adjustments = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClaimPaymentStatus status;

    @Column(name = "hold_reason")
    private String holdReason;

    @Column(name = "posted_at")
    private Instant postedAt;

    protected ClaimPayment() {
    }

    static ClaimPayment of(ReceivedRemittance remittance, int lineNumber, ClaimRemittance claim) {
        ClaimPayment payment = new ClaimPayment();
        payment.id = UUID.randomUUID();
        payment.tenantId = remittance.tenantId();
        payment.remittance = remittance;
        payment.remittanceId = remittance.id();
        payment.lineNumber = lineNumber;
        payment.claimId = claim.claimId();
        payment.claimStatusCode = claim.claimStatusCode();
        payment.payerClaimNumber = claim.payerClaimNumber();
        payment.chargeAmount = claim.chargeAmount();
        payment.paidAmount = claim.paidAmount();
        payment.patientResponsibilityAmount = claim.patientResponsibilityAmount();
        for (int i = 0; i < claim.adjustments().size(); i++) {
            payment.adjustments.add(ClaimAdjustment.of(payment, i + 1, claim.adjustments().get(i)));
        }
        payment.status = ClaimPaymentStatus.UNMATCHED;
        return payment;
    }

    /** What the payer said about the claim, as the domain reads it. */
    public ClaimRemittance remitted() {
        return new ClaimRemittance(claimId, claimStatusCode, chargeAmount, paidAmount, patientResponsibilityAmount,
                payerClaimNumber, adjustments());
    }

    void hold(String reason) {
        requireUnposted();
        status = ClaimPaymentStatus.HELD_UNBALANCED;
        holdReason = reason;
    }

    void markPosted(Instant now) {
        requireUnposted();
        status = ClaimPaymentStatus.POSTED;
        postedAt = now;
    }

    void markDenied(Instant now) {
        requireUnposted();
        status = ClaimPaymentStatus.DENIED;
        postedAt = now;
    }

    /** The guard behind "posted exactly once": only a payment still waiting for its claim may move on. */
    private void requireUnposted() {
        if (status != ClaimPaymentStatus.UNMATCHED) {
            throw new IllegalStateException("Claim payment " + id + " is already " + status);
        }
    }

    public UUID id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public ReceivedRemittance remittance() {
        return remittance;
    }

    public UUID remittanceId() {
        return remittanceId;
    }

    public int lineNumber() {
        return lineNumber;
    }

    public String claimId() {
        return claimId;
    }

    public String claimStatusCode() {
        return claimStatusCode;
    }

    public String payerClaimNumber() {
        return payerClaimNumber;
    }

    public BigDecimal chargeAmount() {
        return chargeAmount;
    }

    public BigDecimal paidAmount() {
        return paidAmount;
    }

    public BigDecimal patientResponsibilityAmount() {
        return patientResponsibilityAmount;
    }

    public List<Adjustment> adjustments() {
        return adjustments.stream().map(ClaimAdjustment::toAdjustment).toList();
    }

    public ClaimPaymentStatus status() {
        return status;
    }

    public String holdReason() {
        return holdReason;
    }

    public Instant postedAt() {
        return postedAt;
    }
}
