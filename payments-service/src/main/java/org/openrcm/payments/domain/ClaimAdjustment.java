package org.openrcm.payments.domain;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.openrcm.events.common.Adjustment;

/** One CAS adjustment of a claim payment, kept as the payer sent it. */
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

    @Column(name = "group_code", nullable = false, updatable = false)
    private String groupCode;

    @Column(name = "reason_code", nullable = false, updatable = false)
    private String reasonCode;

    @Column(nullable = false, updatable = false)
    private BigDecimal amount;

    protected ClaimAdjustment() {
    }

    static ClaimAdjustment of(ClaimPayment payment, int lineNumber, Adjustment adjustment) {
        ClaimAdjustment row = new ClaimAdjustment();
        row.id = UUID.randomUUID();
        row.tenantId = payment.tenantId();
        row.claimPayment = payment;
        row.lineNumber = lineNumber;
        row.groupCode = adjustment.groupCode();
        row.reasonCode = adjustment.reasonCode();
        row.amount = adjustment.amount();
        return row;
    }

    Adjustment toAdjustment() {
        return new Adjustment(groupCode, reasonCode, amount);
    }
}
