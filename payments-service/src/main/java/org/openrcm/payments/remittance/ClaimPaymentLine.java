package org.openrcm.payments.remittance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One service line (SVC) of a claim payment, and the line of our claim it was matched to. */
@Entity
@Table(name = "claim_payment_line")
public class ClaimPaymentLine {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_payment_id", nullable = false, updatable = false)
    private ClaimPayment claimPayment;

    @Column(name = "line_index", nullable = false, updatable = false)
    private int lineIndex;

    @Column(name = "procedure_code", nullable = false, updatable = false)
    private String procedureCode;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    private List<String> modifiers;

    @Column(name = "charge_amount", nullable = false, updatable = false)
    private BigDecimal chargeAmount;

    @Column(name = "paid_amount", nullable = false, updatable = false)
    private BigDecimal paidAmount;

    @Column(updatable = false)
    private BigDecimal units;

    @Column(name = "submitted_procedure_code", updatable = false)
    private String submittedProcedureCode;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "submitted_modifiers", nullable = false, updatable = false)
    private List<String> submittedModifiers;

    @Column(name = "line_control_number", updatable = false)
    private String lineControlNumber;

    @Column(name = "service_date", updatable = false)
    private LocalDate serviceDate;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    private List<Remark> remarks;

    @Column(name = "segment_position", updatable = false)
    private Integer segmentPosition;

    @Column(name = "matched_line_number")
    private Integer matchedLineNumber;

    protected ClaimPaymentLine() {
    }

    static ClaimPaymentLine of(ClaimPayment payment, int lineIndex, ServiceLineRemittance line) {
        ClaimPaymentLine row = new ClaimPaymentLine();
        row.id = UUID.randomUUID();
        row.tenantId = payment.tenantId();
        row.claimPayment = payment;
        row.lineIndex = lineIndex;
        row.procedureCode = line.procedureCode();
        row.modifiers = line.modifiers();
        row.chargeAmount = line.chargeAmount();
        row.paidAmount = line.paidAmount();
        row.units = line.units();
        row.submittedProcedureCode = line.submittedProcedureCode();
        row.submittedModifiers = line.submittedModifiers();
        row.lineControlNumber = line.lineControlNumber();
        row.serviceDate = line.serviceDate();
        row.remarks = line.remarks();
        row.segmentPosition = line.segmentPosition();
        return row;
    }

    public void matchTo(Integer claimLineNumber) {
        matchedLineNumber = claimLineNumber;
    }

    ServiceLineRemittance toRemittance(List<Cas> adjustments) {
        return new ServiceLineRemittance(procedureCode, modifiers, chargeAmount, paidAmount, units,
                submittedProcedureCode, submittedModifiers, lineControlNumber, serviceDate, adjustments, remarks,
                segmentPosition == null ? 0 : segmentPosition);
    }

    public int lineIndex() {
        return lineIndex;
    }

    public Integer matchedLineNumber() {
        return matchedLineNumber;
    }
}
