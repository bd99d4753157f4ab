package org.openrcm.patientbilling.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of a statement as mailed. A charge line shows the claim (date of service, total charge, insurer, what
 * insurance paid) and the patient's amount; a payment line when and how much the patient paid.
 */
@Entity
@Table(name = "statement_line")
public class StatementLine {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "statement_id", nullable = false, updatable = false)
    private UUID statementId;

    @Column(name = "line_number", nullable = false, updatable = false)
    private int lineNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ItemKind kind;

    @Column(name = "claim_id", updatable = false)
    private String claimId;

    @Column(name = "payment_id", updatable = false)
    private String paymentId;

    @Column(name = "line_date", updatable = false)
    private LocalDate lineDate;

    @Column(updatable = false)
    private String payer;

    @Column(name = "total_charge", updatable = false)
    private BigDecimal totalCharge;

    @Column(name = "insurance_paid", updatable = false)
    private BigDecimal insurancePaid;

    @Column(nullable = false, updatable = false)
    private BigDecimal amount;

    protected StatementLine() {
    }

    /**
     * The line of one item. A charge shows the claim as claims-service created it; when that ClaimCreated has not
     * arrived (the two topics are not ordered), the payer's adjudication tells the date of service and the charge.
     * Other items are dated in the practice's time zone.
     */
    public static StatementLine of(Statement statement, int lineNumber, AccountItem item, ClaimSummary claim,
            ZoneId zone) {
        StatementLine line = new StatementLine();
        line.id = UUID.randomUUID();
        line.tenantId = statement.tenantId();
        line.statementId = statement.id();
        line.lineNumber = lineNumber;
        line.kind = item.kind();
        line.claimId = item.claimId();
        line.amount = item.amount();
        if (item.kind() != ItemKind.CHARGE) {
            line.paymentId = item.paymentId();
            line.lineDate = LocalDate.ofInstant(item.occurredAt(), zone);
            return line;
        }
        line.insurancePaid = item.insurancePaid();
        if (claim != null) {
            line.lineDate = claim.dateOfService();
            line.totalCharge = claim.totalCharge();
            line.payer = claim.payerName();
        } else {
            line.lineDate = item.dateOfService();
            line.totalCharge = item.chargeAmount();
            line.payer = item.payerId();
        }
        return line;
    }

    public int lineNumber() {
        return lineNumber;
    }

    public ItemKind kind() {
        return kind;
    }

    public String claimId() {
        return claimId;
    }

    public String paymentId() {
        return paymentId;
    }

    public LocalDate lineDate() {
        return lineDate;
    }

    public String payer() {
        return payer;
    }

    public BigDecimal totalCharge() {
        return totalCharge;
    }

    public BigDecimal insurancePaid() {
        return insurancePaid;
    }

    public BigDecimal amount() {
        return amount;
    }
}
