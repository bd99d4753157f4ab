package org.openrcm.payments.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.openrcm.payments.claim.ExpectedClaim;
import org.openrcm.payments.remittance.ClaimPayment;
import org.openrcm.payments.remittance.ReceivedRemittance;

/**
 * One money movement on a claim's ledger, whose it is (claim, our line, patient, payer) and why: the segment of the
 * transaction set it came from. Entries are only ever appended; a reversal appends the opposite of each entry it
 * reverses and names it.
 */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry {

    // A number, not a UUID: with postedAt it orders a claim's entries as they were written. Taken from the sequence
    // in blocks (V4, V6), so that a posting's entries are inserted in JDBC batches rather than one round trip each.
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_entry_id")
    @SequenceGenerator(name = "ledger_entry_id", sequenceName = "ledger_entry_id_seq", allocationSize = 1000)
    private Long id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    // Null for a patient's payment to the account rather than to a claim.
    @Column(name = "claim_id", updatable = false)
    private String claimId;

    // Both null for a patient's payment: it comes from no remittance.
    @Column(name = "claim_payment_id", updatable = false)
    private UUID claimPaymentId;

    @Column(name = "remittance_id", updatable = false)
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

    @Column(name = "patient_id", updatable = false)
    private String patientId;

    @Column(name = "payer_id", updatable = false)
    private String payerId;

    @Column(name = "service_line_number", updatable = false)
    private Integer serviceLineNumber;

    @Column(name = "segment_position", updatable = false)
    private Integer segmentPosition;

    @Column(updatable = false)
    private String source;

    @Column(name = "reverses_entry_id", updatable = false)
    private Long reversesEntryId;

    @Column(updatable = false)
    private String note;

    @Column(name = "patient_payment_id", updatable = false)
    private String patientPaymentId;

    protected LedgerEntry() {
    }

    /**
     * One entry of a claim payment's posting.
     *
     * @param lineNumber        the entry's number within the posting, from 1 (the database refuses a number twice)
     * @param serviceLineNumber our claim line the money is for, null for the claim as a whole
     * @param segment           the segment it came from, e.g. {@code CAS}, with its position (0: not from X12)
     */
    public static LedgerEntry of(ClaimPayment payment, ExpectedClaim claim, int lineNumber, LedgerEntryType type,
            String groupCode, String reasonCode, BigDecimal amount, Integer serviceLineNumber, String segment,
            int segmentPosition, Instant now) {
        LedgerEntry entry = new LedgerEntry();
        entry.tenantId = payment.tenantId();
        entry.claimId = claim.claimId();
        entry.patientId = claim.patientId();
        entry.payerId = payment.remittance().payerId();
        entry.claimPaymentId = payment.id();
        entry.remittanceId = payment.remittanceId();
        entry.lineNumber = lineNumber;
        entry.type = type;
        entry.groupCode = groupCode;
        entry.reasonCode = reasonCode;
        entry.amount = amount;
        entry.serviceLineNumber = serviceLineNumber;
        entry.segmentPosition = segmentPosition > 0 ? segmentPosition : null;
        entry.source = source(payment.remittance(), segment, segmentPosition);
        entry.postedAt = now;
        return entry;
    }

    /** The opposite of this entry, posted by {@code reversal} (a CLP02 = 22 claim payment). */
    public LedgerEntry reversedBy(ClaimPayment reversal, int lineNumber, Instant now) {
        LedgerEntry entry = new LedgerEntry();
        entry.tenantId = tenantId;
        entry.claimId = claimId;
        entry.patientId = patientId;
        entry.payerId = payerId;
        entry.claimPaymentId = reversal.id();
        entry.remittanceId = reversal.remittanceId();
        entry.lineNumber = lineNumber;
        entry.type = type;
        entry.groupCode = groupCode;
        entry.reasonCode = reasonCode;
        entry.amount = amount.negate();
        entry.serviceLineNumber = serviceLineNumber;
        entry.segmentPosition = reversal.segmentPosition();
        entry.source = source(reversal.remittance(), "CLP", reversal.segmentPosition() == null ? 0
                : reversal.segmentPosition()) + " reverses entry " + id;
        entry.reversesEntryId = id;
        entry.postedAt = now;
        return entry;
    }

    /** A poster's write-off of a denied claim's open balance, with the reason given. */
    public static LedgerEntry writeOff(ClaimPayment denial, ExpectedClaim claim, int lineNumber, String reasonCode,
            BigDecimal amount, String note, Instant now) {
        LedgerEntry entry = of(denial, claim, lineNumber, LedgerEntryType.WRITE_OFF, "CO", reasonCode, amount, null,
                null, 0, now);
        entry.source = "write-off by a poster";
        entry.note = note;
        return entry;
    }

    /**
     * A patient's payment (patient-billing's {@code paymentId}), to the claim it names or, with no claim, to the
     * patient's account. Positive, like a payer's payment; on no payer's ledger.
     */
    public static LedgerEntry patientPayment(String tenantId, String paymentId, String patientId, String claimId,
            BigDecimal amount, String method, String reference, Instant now) {
        LedgerEntry entry = new LedgerEntry();
        entry.tenantId = tenantId;
        entry.claimId = claimId;
        entry.patientId = patientId;
        entry.patientPaymentId = paymentId;
        entry.lineNumber = 1;
        entry.type = LedgerEntryType.PATIENT_PAYMENT;
        entry.amount = amount;
        entry.source = ("patient payment " + paymentId + (method == null ? "" : " " + method)
                + (reference == null ? "" : " ref " + reference));
        if (entry.source.length() > 200) {
            entry.source = entry.source.substring(0, 200);
        }
        entry.postedAt = now;
        return entry;
    }

    private static String source(ReceivedRemittance remittance, String segment, int segmentPosition) {
        StringBuilder source = new StringBuilder(remittance.channel());
        if (remittance.transactionSetControlNumber() != null) {
            source.append(" 835 ISA13 ").append(remittance.interchangeControlNumber()).append(" ST02 ")
                    .append(remittance.transactionSetControlNumber());
        }
        source.append(" TRN ").append(remittance.traceNumber());
        if (segment != null) {
            source.append(' ').append(segment);
            if (segmentPosition > 0) {
                source.append('@').append(segmentPosition);
            }
        }
        return source.length() > 200 ? source.substring(0, 200) : source.toString();
    }

    public String patientPaymentId() {
        return patientPaymentId;
    }

    public Long id() {
        return id;
    }

    public String claimId() {
        return claimId;
    }

    public UUID claimPaymentId() {
        return claimPaymentId;
    }

    public UUID remittanceId() {
        return remittanceId;
    }

    public int lineNumber() {
        return lineNumber;
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

    public String patientId() {
        return patientId;
    }

    public String payerId() {
        return payerId;
    }

    public Integer serviceLineNumber() {
        return serviceLineNumber;
    }

    public Integer segmentPosition() {
        return segmentPosition;
    }

    public String source() {
        return source;
    }

    public Long reversesEntryId() {
        return reversesEntryId;
    }

    public String note() {
        return note;
    }
}
