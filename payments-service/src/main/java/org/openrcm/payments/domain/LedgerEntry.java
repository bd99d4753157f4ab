package org.openrcm.payments.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.openrcm.events.common.Adjustment;

/** One money movement on a claim's ledger. Entries are only ever appended; a reversal posts negative amounts. */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry {

    // An identity, not a UUID: it orders a claim's entries as they were written.
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "claim_id", nullable = false, updatable = false)
    private String claimId;

    @Column(name = "claim_payment_id", nullable = false, updatable = false)
    private UUID claimPaymentId;

    @Column(name = "remittance_id", nullable = false, updatable = false)
    private UUID remittanceId;

    @Column(name = "line_number", nullable = false, updatable = false)
    private int lineNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "entry_type", nullable = false, updatable = false)
    private LedgerEntryType type;

    @Column(name = "group_code", updatable = false)
    private String groupCode;

    @Column(name = "reason_code", updatable = false)
    private String reasonCode;

    @Column(nullable = false, updatable = false)
    private BigDecimal amount;

    @Column(name = "posted_at", nullable = false, updatable = false)
    private Instant postedAt;

    protected LedgerEntry() {
    }

    /** The entries of posting a claim payment: the insurance payment first, then each adjustment in order. */
    static List<LedgerEntry> postingOf(ClaimPayment payment, Instant now) {
        List<LedgerEntry> entries = new ArrayList<>();
        entries.add(entry(payment, 1, LedgerEntryType.INSURANCE_PAYMENT, null, null, payment.paidAmount(), now));
        List<Adjustment> adjustments = payment.adjustments();
        for (int i = 0; i < adjustments.size(); i++) {
            Adjustment adjustment = adjustments.get(i);
            entries.add(entry(payment, i + 2, LedgerEntryType.ADJUSTMENT, adjustment.groupCode(),
                    adjustment.reasonCode(), adjustment.amount(), now));
        }
        return entries;
    }

    private static LedgerEntry entry(ClaimPayment payment, int lineNumber, LedgerEntryType type, String groupCode,
            String reasonCode, BigDecimal amount, Instant now) {
        LedgerEntry entry = new LedgerEntry();
        entry.tenantId = payment.tenantId();
        entry.claimId = payment.claimId();
        entry.claimPaymentId = payment.id();
        entry.remittanceId = payment.remittanceId();
        entry.lineNumber = lineNumber;
        entry.type = type;
        entry.groupCode = groupCode;
        entry.reasonCode = reasonCode;
        entry.amount = amount;
        entry.postedAt = now;
        return entry;
    }

    public UUID claimPaymentId() {
        return claimPaymentId;
    }

    public UUID remittanceId() {
        return remittanceId;
    }

    public LedgerEntryType type() {
        return type;
    }

    public String groupCode() {
        return groupCode;
    }

    public String reasonCode() {
        return reasonCode;
    }

    public BigDecimal amount() {
        return amount;
    }

    public Instant postedAt() {
        return postedAt;
    }
}
