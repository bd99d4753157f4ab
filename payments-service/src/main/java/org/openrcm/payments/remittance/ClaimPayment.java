package org.openrcm.payments.remittance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.openrcm.events.common.Adjustment;
import org.openrcm.events.payments.RemittanceCode;
import org.openrcm.payments.denial.DenialStatus;
import org.openrcm.payments.domain.WorkflowException;
import org.openrcm.payments.posting.ClaimPaymentPoster;

/**
 * One claim of a remittance (835 CLP loop) and where it stands. It starts UNMATCHED and moves exactly once: to POSTED
 * or DENIED when matched to its claim, to HELD_UNBALANCED or HELD_REVIEW, or to REFUND_REQUESTED. A held one moves
 * on only when a poster releases it.
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

    @Column(name = "patient_control_number", nullable = false, updatable = false)
    private String patientControlNumber;

    @Column(name = "claim_id")
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

    @Column(name = "segment_position", updatable = false)
    private Integer segmentPosition;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    private List<Remark> remarks;

    // Eager: a claim payment is never balanced, posted or shown without its adjustments and lines.
    @OneToMany(mappedBy = "claimPayment", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @OrderBy("lineNumber")
    private List<ClaimAdjustment> adjustments = new ArrayList<>();

    @OneToMany(mappedBy = "claimPayment", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @OrderBy("lineIndex")
    private List<ClaimPaymentLine> lines = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClaimPaymentStatus status;

    @Column(name = "hold_reason")
    private String holdReason;

    @Column(name = "posted_at")
    private Instant postedAt;

    @Column(name = "reverses_payment_id")
    private UUID reversesPaymentId;

    @Column(name = "reversed_by_id")
    private UUID reversedById;

    @Enumerated(EnumType.STRING)
    @Column(name = "denial_status")
    private DenialStatus denialStatus;

    @Column(name = "denial_reason_code")
    private String denialReasonCode;

    @Column(name = "denial_note")
    private String denialNote;

    @Column(name = "worked_at")
    private Instant workedAt;

    @Column(name = "refund_note")
    private String refundNote;

    protected ClaimPayment() {
    }

    static ClaimPayment of(ReceivedRemittance remittance, int lineNumber, ClaimRemittance claim) {
        ClaimPayment payment = new ClaimPayment();
        payment.id = UUID.randomUUID();
        payment.tenantId = remittance.tenantId();
        payment.remittance = remittance;
        payment.remittanceId = remittance.id();
        payment.lineNumber = lineNumber;
        payment.patientControlNumber = claim.patientControlNumber();
        payment.claimStatusCode = claim.claimStatusCode();
        payment.payerClaimNumber = claim.payerClaimNumber();
        payment.chargeAmount = claim.chargeAmount();
        payment.paidAmount = claim.paidAmount();
        payment.patientResponsibilityAmount = claim.patientResponsibilityAmount();
        payment.segmentPosition = claim.segmentPosition();
        payment.remarks = claim.remarks();
        int casNumber = 0;
        for (Cas cas : claim.adjustments()) {
            payment.adjustments.add(ClaimAdjustment.of(payment, ++casNumber, null, cas));
        }
        for (int i = 0; i < claim.lines().size(); i++) {
            ServiceLineRemittance line = claim.lines().get(i);
            payment.lines.add(ClaimPaymentLine.of(payment, i + 1, line));
            for (Cas cas : line.adjustments()) {
                payment.adjustments.add(ClaimAdjustment.of(payment, ++casNumber, i + 1, cas));
            }
        }
        payment.status = ClaimPaymentStatus.UNMATCHED;
        return payment;
    }

    /** What the payer said about the claim, as the domain reads it. */
    public ClaimRemittance remitted() {
        List<ServiceLineRemittance> serviceLines = lines.stream().map(line -> line.toRemittance(
                adjustments.stream().filter(a -> Objects.equals(a.serviceLineIndex(), line.lineIndex()))
                        .map(ClaimAdjustment::toCas).toList())).toList();
        List<Cas> claimLevel = adjustments.stream().filter(a -> a.serviceLineIndex() == null)
                .map(ClaimAdjustment::toCas).toList();
        return new ClaimRemittance(patientControlNumber, claimStatusCode, chargeAmount, paidAmount,
                patientResponsibilityAmount, payerClaimNumber, claimLevel, serviceLines, remarks,
                segmentPosition == null ? 0 : segmentPosition);
    }

    void hold(String reason) {
        requireOpen();
        status = ClaimPaymentStatus.HELD_UNBALANCED;
        holdReason = reason;
    }

    public void holdForReview(String claimId, String reason) {
        requireOpen();
        this.claimId = claimId;
        status = ClaimPaymentStatus.HELD_REVIEW;
        holdReason = reason;
    }

    /** A poster reviewed the hold: the payment waits for its claim again and is posted like any other. */
    void release() {
        if (status != ClaimPaymentStatus.HELD_UNBALANCED && status != ClaimPaymentStatus.HELD_REVIEW) {
            throw new WorkflowException("Claim payment " + id + " is " + status + ", not held");
        }
        status = ClaimPaymentStatus.UNMATCHED;
    }

    public void markPosted(String claimId, Instant now) {
        requireOpen();
        this.claimId = claimId;
        status = ClaimPaymentStatus.POSTED;
        postedAt = now;
    }

    public void markDenied(String claimId, String reasonCode, Instant now) {
        requireOpen();
        this.claimId = claimId;
        status = ClaimPaymentStatus.DENIED;
        denialStatus = DenialStatus.OPEN;
        denialReasonCode = reasonCode;
        postedAt = now;
    }

    public void markReversal(ClaimPayment reversed, Instant now) {
        markPosted(reversed.claimId, now);
        reversesPaymentId = reversed.id;
        reversed.reversedById = id;
        if (reversed.denialStatus != null) {
            reversed.denialStatus = DenialStatus.REVERSED;
        }
    }

    void requestRefund(String note) {
        if (status != ClaimPaymentStatus.UNMATCHED) {
            throw new WorkflowException("Only an unmatched payment can be refunded; this one is " + status);
        }
        status = ClaimPaymentStatus.REFUND_REQUESTED;
        refundNote = note;
    }

    public void workDenial(DenialStatus outcome, String note, Instant now) {
        if (denialStatus != DenialStatus.OPEN && denialStatus != DenialStatus.APPEALED) {
            throw new WorkflowException("Denial " + id + " is " + denialStatus);
        }
        denialStatus = outcome;
        denialNote = note;
        workedAt = now;
    }

    /** The guard behind "posted exactly once": only a payment still waiting for its claim may move on. */
    private void requireOpen() {
        if (status != ClaimPaymentStatus.UNMATCHED) {
            throw new IllegalStateException("Claim payment " + id + " is already " + status);
        }
    }

    /** Posted or denied, not a reversal, and not reversed since: it is part of how the claim now stands. */
    public boolean isEffective() {
        return (status == ClaimPaymentStatus.POSTED || status == ClaimPaymentStatus.DENIED)
                && !ClaimRemittance.REVERSAL.equals(claimStatusCode) && reversedById == null;
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

    public String patientControlNumber() {
        return patientControlNumber;
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

    public Integer segmentPosition() {
        return segmentPosition;
    }

    public List<Adjustment> adjustments() {
        return adjustments.stream().map(a -> a.toCas().toAdjustment()).toList();
    }

    public List<ClaimPaymentLine> lines() {
        return List.copyOf(lines);
    }

    public List<Remark> remarks() {
        return remarks;
    }

    /** Every CARC and RARC of the adjudication, with its meaning. */
    public List<RemittanceCode> codes() {
        return ClaimPaymentPoster.codes(remitted());
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

    public UUID reversesPaymentId() {
        return reversesPaymentId;
    }

    public UUID reversedById() {
        return reversedById;
    }

    public DenialStatus denialStatus() {
        return denialStatus;
    }

    public String denialReasonCode() {
        return denialReasonCode;
    }

    public String denialNote() {
        return denialNote;
    }

    public Instant workedAt() {
        return workedAt;
    }

    public String refundNote() {
        return refundNote;
    }
}
