package org.openrcm.payments.posting;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.openrcm.payments.domain.Money;

/** What the patient owes for a claim as it now stands, and how many times that was determined (the revision). */
@Entity
@Table(name = "claim_responsibility")
@IdClass(ClaimResponsibility.Key.class)
public class ClaimResponsibility {

    public static class Key implements Serializable {
        private String tenantId;
        private String claimId;

        public Key() {
        }

        public Key(String tenantId, String claimId) {
            this.tenantId = tenantId;
            this.claimId = claimId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(tenantId, key.tenantId)
                    && Objects.equals(claimId, key.claimId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, claimId);
        }
    }

    @Id
    @Column(name = "tenant_id")
    private String tenantId;

    @Id
    @Column(name = "claim_id")
    private String claimId;

    @Column(name = "patient_id", nullable = false)
    private String patientId;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(nullable = false)
    private int revision;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ClaimResponsibility() {
    }

    static ClaimResponsibility none(String tenantId, String claimId, String patientId, Instant now) {
        ClaimResponsibility row = new ClaimResponsibility();
        row.tenantId = tenantId;
        row.claimId = claimId;
        row.patientId = patientId;
        row.amount = Money.ZERO;
        row.revision = 0;
        row.updatedAt = now;
        return row;
    }

    /** The next determination; returns its revision. */
    int revise(BigDecimal owed, Instant now) {
        amount = owed;
        revision++;
        updatedAt = now;
        return revision;
    }

    public String claimId() {
        return claimId;
    }

    public BigDecimal amount() {
        return amount;
    }

    public int revision() {
        return revision;
    }
}
