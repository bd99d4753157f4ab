package org.openrcm.payments.remittance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A provider-level adjustment (PLB) on the payee's account with the payer: interest paid to the practice,
 * an overpayment recovered from it, a balance forwarded. It never touches a claim. Posted with its remittance.
 */
@Entity
@Table(name = "provider_adjustment")
public class PayeeAdjustment {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "remittance_id", nullable = false, updatable = false)
    private ReceivedRemittance remittance;

    @Column(name = "payee_id", nullable = false, updatable = false)
    private String payeeId;

    @Column(name = "payer_id", nullable = false, updatable = false)
    private String payerId;

    @Column(name = "provider_id", nullable = false, updatable = false)
    private String providerId;

    @Column(name = "fiscal_period_date", updatable = false)
    private LocalDate fiscalPeriodDate;

    @Column(name = "reason_code", nullable = false, updatable = false)
    private String reasonCode;

    @Column(updatable = false)
    private String reference;

    @Column(nullable = false, updatable = false)
    private BigDecimal amount;

    @Column(name = "segment_position", updatable = false)
    private Integer segmentPosition;

    // The adjustment's place among those of the remittance, from 1 (several share one PLB segment).
    @Column(name = "item_index", nullable = false, updatable = false)
    private int itemIndex;

    @Column(name = "posted_at")
    private Instant postedAt;

    protected PayeeAdjustment() {
    }

    static PayeeAdjustment of(ReceivedRemittance remittance, ProviderAdjustment plb, int itemIndex) {
        PayeeAdjustment row = new PayeeAdjustment();
        row.id = UUID.randomUUID();
        row.tenantId = remittance.tenantId();
        row.remittance = remittance;
        // The payee's provider id on the PLB is the account when the ERA named no payee.
        row.payeeId = remittance.payeeId() != null ? remittance.payeeId() : plb.providerId();
        row.payerId = remittance.payerId();
        row.providerId = plb.providerId();
        row.fiscalPeriodDate = plb.fiscalPeriodDate();
        row.reasonCode = plb.reasonCode();
        row.reference = plb.reference();
        row.amount = plb.amount();
        row.segmentPosition = plb.segmentPosition();
        row.itemIndex = itemIndex;
        return row;
    }

    void post(Instant now) {
        if (postedAt == null) {
            postedAt = now;
        }
    }

    ProviderAdjustment toProviderAdjustment() {
        return new ProviderAdjustment(providerId, fiscalPeriodDate, reasonCode, reference, amount,
                segmentPosition == null ? 0 : segmentPosition);
    }

    public UUID id() {
        return id;
    }

    public ReceivedRemittance remittance() {
        return remittance;
    }

    public String payeeId() {
        return payeeId;
    }

    public String payerId() {
        return payerId;
    }

    public String providerId() {
        return providerId;
    }

    public LocalDate fiscalPeriodDate() {
        return fiscalPeriodDate;
    }

    public String reasonCode() {
        return reasonCode;
    }

    public String reference() {
        return reference;
    }

    public BigDecimal amount() {
        return amount;
    }

    public Integer segmentPosition() {
        return segmentPosition;
    }

    public Instant postedAt() {
        return postedAt;
    }
}
