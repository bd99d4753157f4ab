package org.openrcm.payments.remittance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.openrcm.payments.domain.WorkflowException;

/**
 * A remittance (one 835 transaction set) as this service received it, kept whether it balanced or not, with the
 * outcome of each claim, its file and place in it, and the fingerprint of its content.
 */
@Entity
@Table(name = "remittance")
public class ReceivedRemittance {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "payer_id", nullable = false, updatable = false)
    private String payerId;

    @Column(name = "payer_name", nullable = false, updatable = false)
    private String payerName;

    @Column(name = "trace_number", nullable = false, updatable = false)
    private String traceNumber;

    @Column(name = "payment_method", nullable = false, updatable = false)
    private String paymentMethod;

    @Column(name = "payment_date", nullable = false, updatable = false)
    private LocalDate paymentDate;

    @Column(name = "payment_amount", nullable = false, updatable = false)
    private BigDecimal paymentAmount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RemittanceStatus status;

    @Column(name = "hold_reason")
    private String holdReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "hold_kind")
    private HoldKind holdKind;

    @Column(name = "conflicts_with")
    private UUID conflictsWith;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "file_id", updatable = false)
    private UUID fileId;

    @Column(nullable = false, updatable = false)
    private String channel;

    @Column(name = "interchange_control_number", updatable = false)
    private String interchangeControlNumber;

    @Column(name = "group_control_number", updatable = false)
    private String groupControlNumber;

    @Column(name = "transaction_set_control_number", updatable = false)
    private String transactionSetControlNumber;

    @Column(name = "set_index", updatable = false)
    private Integer setIndex;

    @Column(name = "content_hash", updatable = false)
    private String contentHash;

    @Column(name = "payee_id", updatable = false)
    private String payeeId;

    @Column(name = "payee_name", updatable = false)
    private String payeeName;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    private List<String> deviations;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Column(name = "released_by")
    private String releasedBy;

    @Column(name = "release_note")
    private String releaseNote;

    // Eager: a remittance is never shown or posted without its claims. Subselect: no join over two bags.
    @OneToMany(mappedBy = "remittance", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @OrderBy("lineNumber")
    private List<ClaimPayment> claims = new ArrayList<>();

    @OneToMany(mappedBy = "remittance", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @OrderBy("itemIndex")
    private List<PayeeAdjustment> providerAdjustments = new ArrayList<>();

    protected ReceivedRemittance() {
    }

    /** A remittance just received; every claim starts unposted, waiting for balancing and matching. */
    public static ReceivedRemittance of(String tenantId, Remittance remittance, String contentHash, UUID fileId,
            Instant now) {
        ReceivedRemittance received = new ReceivedRemittance();
        received.id = UUID.randomUUID();
        received.tenantId = tenantId;
        received.payerId = remittance.payerId();
        received.payerName = remittance.payerName();
        received.traceNumber = remittance.traceNumber();
        received.paymentMethod = remittance.paymentMethod();
        received.paymentDate = remittance.paymentDate();
        received.paymentAmount = remittance.paymentAmount();
        received.status = RemittanceStatus.PROCESSED;
        received.receivedAt = now;
        received.contentHash = contentHash;
        received.fileId = fileId;
        RemittanceSource source = remittance.source();
        received.channel = source.channel();
        received.interchangeControlNumber = source.interchangeControlNumber();
        received.groupControlNumber = source.groupControlNumber();
        received.transactionSetControlNumber = source.transactionSetControlNumber();
        received.setIndex = source.setIndex();
        received.deviations = source.deviations();
        received.payeeId = remittance.payeeId();
        received.payeeName = remittance.payeeName();
        for (int i = 0; i < remittance.claims().size(); i++) {
            received.claims.add(ClaimPayment.of(received, i + 1, remittance.claims().get(i)));
        }
        for (ProviderAdjustment plb : remittance.providerAdjustments()) {
            received.providerAdjustments.add(PayeeAdjustment.of(received, plb,
                    received.providerAdjustments.size() + 1));
        }
        return received;
    }

    /** The remittance as the domain reads it again, e.g. to balance it when a poster releases it. */
    public Remittance remitted() {
        return new Remittance(payerId, payerName, payeeId, payeeName, traceNumber, paymentMethod, paymentDate,
                paymentAmount, claims.stream().map(ClaimPayment::remitted).toList(),
                providerAdjustments.stream().map(PayeeAdjustment::toProviderAdjustment).toList(),
                new RemittanceSource(channel, interchangeControlNumber, groupControlNumber,
                        transactionSetControlNumber, setIndex == null ? 1 : setIndex, deviations));
    }

    /** The provider-level adjustments go to the payee's account once the remittance is not held. */
    void postProviderAdjustments(Instant now) {
        providerAdjustments.forEach(plb -> plb.post(now));
    }

    /** The payment does not add up: nothing of this remittance is posted until someone reviews it. */
    void hold(HoldKind kind, String reason, UUID conflictsWith) {
        status = RemittanceStatus.HELD;
        holdKind = kind;
        holdReason = reason;
        this.conflictsWith = conflictsWith;
        if (kind == HoldKind.UNBALANCED) {
            claims.forEach(claim -> claim.hold("Remittance held: " + reason));
        } else {
            claims.forEach(claim -> claim.holdForReview(null, "Remittance held: " + reason));
        }
    }

    /** A poster reviewed the hold and lets the remittance through: its claims are balanced and posted one by one. */
    void release(String actor, String note, Instant now) {
        if (status != RemittanceStatus.HELD) {
            throw new WorkflowException("Remittance " + id + " is not held");
        }
        status = RemittanceStatus.PROCESSED;
        releasedAt = now;
        releasedBy = actor;
        releaseNote = note;
        claims.forEach(ClaimPayment::release);
    }

    public UUID id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public String payerId() {
        return payerId;
    }

    public String payerName() {
        return payerName;
    }

    public String traceNumber() {
        return traceNumber;
    }

    public String paymentMethod() {
        return paymentMethod;
    }

    public LocalDate paymentDate() {
        return paymentDate;
    }

    public BigDecimal paymentAmount() {
        return paymentAmount;
    }

    public RemittanceStatus status() {
        return status;
    }

    public String holdReason() {
        return holdReason;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public HoldKind holdKind() {
        return holdKind;
    }

    public UUID conflictsWith() {
        return conflictsWith;
    }

    public UUID fileId() {
        return fileId;
    }

    public String channel() {
        return channel;
    }

    public String interchangeControlNumber() {
        return interchangeControlNumber;
    }

    public String groupControlNumber() {
        return groupControlNumber;
    }

    public String transactionSetControlNumber() {
        return transactionSetControlNumber;
    }

    public Integer setIndex() {
        return setIndex;
    }

    public String contentHash() {
        return contentHash;
    }

    public String payeeId() {
        return payeeId;
    }

    public String payeeName() {
        return payeeName;
    }

    public List<String> deviations() {
        return deviations;
    }

    public Instant releasedAt() {
        return releasedAt;
    }

    public String releasedBy() {
        return releasedBy;
    }

    public String releaseNote() {
        return releaseNote;
    }

    // A view, not a copy: posting looks at the remittance's other claims for each of its (thousands of) claims.
    public List<ClaimPayment> claims() {
        return Collections.unmodifiableList(claims);
    }

    public List<PayeeAdjustment> providerAdjustments() {
        return List.copyOf(providerAdjustments);
    }
}
