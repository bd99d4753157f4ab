package org.openrcm.payments.deposit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.openrcm.payments.domain.Money;

/** A bank deposit (EFT or check) as the practice's bank reported it, and the remittance it was reassociated with. */
@Entity
@Table(name = "deposit")
public class Deposit {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "bank_reference", nullable = false, updatable = false)
    private String bankReference;

    @Column(name = "trace_number", updatable = false)
    private String traceNumber;

    @Column(nullable = false, updatable = false)
    private BigDecimal amount;

    @Column(name = "deposit_date", nullable = false, updatable = false)
    private LocalDate depositDate;

    @Column(name = "remittance_id")
    private UUID remittanceId;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected Deposit() {
    }

    public static Deposit of(String tenantId, String bankReference, String traceNumber, BigDecimal amount,
            LocalDate depositDate, Instant now) {
        Deposit deposit = new Deposit();
        deposit.id = UUID.randomUUID();
        deposit.tenantId = tenantId;
        deposit.bankReference = bankReference;
        deposit.traceNumber = traceNumber;
        deposit.amount = Money.cents(amount);
        deposit.depositDate = depositDate;
        deposit.recordedAt = now;
        return deposit;
    }

    void reassociate(UUID remittance) {
        remittanceId = remittance;
    }

    public UUID id() {
        return id;
    }

    public String bankReference() {
        return bankReference;
    }

    public String traceNumber() {
        return traceNumber;
    }

    public BigDecimal amount() {
        return amount;
    }

    public LocalDate depositDate() {
        return depositDate;
    }

    public UUID remittanceId() {
        return remittanceId;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
