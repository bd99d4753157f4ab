package org.openrcm.claims.domain;

import java.io.Serializable;
import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** The practice's charge for one procedure code. */
@Entity
@Table(name = "fee_schedule_entry")
@IdClass(FeeScheduleEntry.Key.class)
public class FeeScheduleEntry {

    /** Primary key: one fee per tenant and procedure code. */
    public record Key(String tenantId, String procedureCode) implements Serializable {
    }

    @Id
    @Column(name = "tenant_id")
    private String tenantId;

    @Id
    @Column(name = "procedure_code")
    private String procedureCode;

    @Column(nullable = false)
    private BigDecimal amount;

    protected FeeScheduleEntry() {
    }

    public FeeScheduleEntry(String tenantId, String procedureCode, BigDecimal amount) {
        this.tenantId = tenantId;
        this.procedureCode = procedureCode;
        this.amount = amount;
    }

    public String procedureCode() {
        return procedureCode;
    }

    public BigDecimal amount() {
        return amount;
    }
}
