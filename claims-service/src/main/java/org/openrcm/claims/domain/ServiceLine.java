package org.openrcm.claims.domain;

import java.math.BigDecimal;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.openrcm.events.common.ClaimLine;

/** A priced service line of a claim (837P loop 2400); fixed once the claim is built. */
@Embeddable
public class ServiceLine {

    @Column(name = "line_number", nullable = false)
    private int lineNumber;

    @Column(name = "tenant_id", nullable = false)
    private String tenantId;

    @Column(name = "procedure_code", nullable = false)
    private String procedureCode;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<String> modifiers;

    @Column(nullable = false)
    private int units;

    @Column(nullable = false)
    private BigDecimal charge;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "diagnosis_pointers", nullable = false)
    private List<Integer> diagnosisPointers;

    protected ServiceLine() {
    }

    static ServiceLine of(String tenantId, PricedLine line) {
        ServiceLine serviceLine = new ServiceLine();
        serviceLine.lineNumber = line.lineNumber();
        serviceLine.tenantId = tenantId;
        serviceLine.procedureCode = line.procedure().code();
        serviceLine.modifiers = line.procedure().modifiers() == null ? List.of()
                : List.copyOf(line.procedure().modifiers());
        serviceLine.units = line.procedure().units();
        serviceLine.charge = line.charge();
        serviceLine.diagnosisPointers = List.copyOf(line.procedure().diagnosisPointers());
        return serviceLine;
    }

    public int lineNumber() {
        return lineNumber;
    }

    public String procedureCode() {
        return procedureCode;
    }

    public int units() {
        return units;
    }

    public BigDecimal charge() {
        return charge;
    }

    /** The line as events and the API show it. */
    public ClaimLine toClaimLine() {
        return new ClaimLine(lineNumber, procedureCode, modifiers, units, charge, diagnosisPointers);
    }
}
