package org.openrcm.payments.claim;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.openrcm.events.common.ClaimLine;
import org.openrcm.payments.domain.Money;

/** A line of a claim as claims-service built it (ClaimCreated): what the payer's service lines are matched to. */
@Entity
@Table(name = "expected_claim_line")
public class ExpectedClaimLine {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "claim_id", nullable = false, updatable = false)
    private String claimId;

    @Column(name = "line_number", nullable = false, updatable = false)
    private int lineNumber;

    @Column(name = "procedure_code", nullable = false, updatable = false)
    private String procedureCode;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    private List<String> modifiers;

    @Column(nullable = false, updatable = false)
    private int units;

    @Column(nullable = false, updatable = false)
    private BigDecimal charge;

    protected ExpectedClaimLine() {
    }

    public static ExpectedClaimLine of(String tenantId, String claimId, ClaimLine line) {
        ExpectedClaimLine row = new ExpectedClaimLine();
        row.id = UUID.randomUUID();
        row.tenantId = tenantId;
        row.claimId = claimId;
        row.lineNumber = line.lineNumber();
        row.procedureCode = line.procedureCode();
        row.modifiers = line.modifiers() == null ? List.of() : List.copyOf(line.modifiers());
        row.units = line.units();
        row.charge = Money.cents(line.charge());
        return row;
    }

    public String claimId() {
        return claimId;
    }

    public int lineNumber() {
        return lineNumber;
    }

    public String procedureCode() {
        return procedureCode;
    }

    public List<String> modifiers() {
        return modifiers;
    }

    public BigDecimal charge() {
        return charge;
    }
}
