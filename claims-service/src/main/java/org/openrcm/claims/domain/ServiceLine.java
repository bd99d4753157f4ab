package org.openrcm.claims.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.openrcm.events.common.ClaimLine;
import org.openrcm.events.common.ProcedureLine;

/** A priced service line of a claim (837P loop 2400); a biller may correct it while the claim is held. */
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

    /**
     * Applies a biller's correction; a changed code or unit count is priced again with {@code fee} (null when the
     * schedule has none: the line is then 0.00 and the scrubber holds the claim).
     */
    void correct(ClaimCorrection.LineCorrection correction, java.util.function.Function<String, BigDecimal> fee) {
        boolean reprice = correction.procedureCode() != null || correction.units() != null;
        if (correction.procedureCode() != null) {
            procedureCode = correction.procedureCode();
        }
        if (correction.modifiers() != null) {
            modifiers = List.copyOf(correction.modifiers());
        }
        if (correction.units() != null) {
            units = correction.units();
        }
        if (correction.diagnosisPointers() != null) {
            diagnosisPointers = List.copyOf(correction.diagnosisPointers());
        }
        if (reprice) {
            charge = new PricedLine(lineNumber, procedure(), fee.apply(procedureCode)).charge();
        }
    }

    /** The line as the scrubber sees it: a 0.00 line is one the fee schedule could not price. */
    PricedLine toPricedLine() {
        BigDecimal fee = charge.signum() > 0 ? charge.divide(BigDecimal.valueOf(units), 2, RoundingMode.HALF_UP)
                : null;
        return new PricedLine(lineNumber, procedure(), fee);
    }

    private ProcedureLine procedure() {
        return new ProcedureLine(procedureCode, modifiers, units, diagnosisPointers);
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

    public List<String> modifiers() {
        return modifiers;
    }

    public List<Integer> diagnosisPointers() {
        return diagnosisPointers;
    }

    public BigDecimal charge() {
        return charge;
    }

    /** The line as events and the API show it. */
    public ClaimLine toClaimLine() {
        return new ClaimLine(lineNumber, procedureCode, modifiers, units, charge, diagnosisPointers);
    }
}
