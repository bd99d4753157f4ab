package org.openrcm.payments.remittance;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One CAS adjustment of a claim payment, kept as the payer sent it: the claim's, or one service line's. */
@Entity
@Table(name = "claim_adjustment")
public class ClaimAdjustment {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_payment_id", nullable = false, updatable = false)
    private ClaimPayment claimPayment;

    @Column(name = "line_number", nullable = false, updatable = false)
    private int lineNumber;

    // null for a claim-level CAS; else the service line's index in the claim payment, from 1
    @Column(name = "service_line_index", updatable = false)
    private Integer serviceLineIndex;

    @Column(name = "group_code", nullable = false, updatable = false)
    private String groupCode;

    @Column(name = "reason_code", nullable = false, updatable = false)
    private String reasonCode;

    @Column(nullable = false, updatable = false)
    private BigDecimal amount;

    @Column(name = "segment_position", updatable = false)
    private Integer segmentPosition;

    protected ClaimAdjustment() {
    }

    static ClaimAdjustment of(ClaimPayment payment, int lineNumber, Integer serviceLineIndex, Cas cas) {
        ClaimAdjustment row = new ClaimAdjustment();
        row.id = UUID.randomUUID();
        row.tenantId = payment.tenantId();
        row.claimPayment = payment;
        row.lineNumber = lineNumber;
        row.serviceLineIndex = serviceLineIndex;
        row.groupCode = cas.groupCode();
        row.reasonCode = cas.reasonCode();
        row.amount = cas.amount();
        row.segmentPosition = cas.segmentPosition();
        return row;
    }

    Integer serviceLineIndex() {
        return serviceLineIndex;
    }

    Cas toCas() {
        return new Cas(groupCode, reasonCode, amount, segmentPosition == null ? 0 : segmentPosition);
    }
}
