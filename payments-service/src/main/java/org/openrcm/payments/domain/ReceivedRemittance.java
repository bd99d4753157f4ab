package org.openrcm.payments.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/** A remittance as this service received it, kept whether it balanced or not, with the outcome of each claim. */
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

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    // Eager: a remittance is never shown or posted without its claims. Subselect: no join over two bags.
    @OneToMany(mappedBy = "remittance", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @OrderBy("lineNumber")
    private List<ClaimPayment> claims = new ArrayList<>();

    protected ReceivedRemittance() {
    }

    /** A remittance just received; every claim starts unposted, waiting for balancing and matching. */
    public static ReceivedRemittance of(String tenantId, Remittance remittance, Instant now) {
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
        for (int i = 0; i < remittance.claims().size(); i++) {
            received.claims.add(ClaimPayment.of(received, i + 1, remittance.claims().get(i)));
        }
        return received;
    }

    /** The payment does not add up: nothing of this remittance is posted until someone reviews it. */
    void hold(String reason) {
        status = RemittanceStatus.HELD;
        holdReason = reason;
        claims.forEach(claim -> claim.hold("Remittance held: " + reason));
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

    public List<ClaimPayment> claims() {
        return List.copyOf(claims);
    }
}
