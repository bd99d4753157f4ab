package org.openrcm.patientbilling.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * What the patient owes for one claim as the account stands: the sum of the charges posted for it. A v2
 * determination replaces it, so the account moves by the difference; a v1 one (an older producer) adds to it.
 */
@Entity
@Table(name = "claim_responsibility")
@IdClass(ClaimResponsibility.Key.class)
public class ClaimResponsibility {

    /** (tenant, claim). */
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

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(nullable = false)
    private int revision;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ClaimResponsibility() {
    }

    public static ClaimResponsibility none(PatientAccount account, String claimId, Instant now) {
        ClaimResponsibility row = new ClaimResponsibility();
        row.tenantId = account.tenantId();
        row.claimId = claimId;
        row.accountId = account.id();
        row.amount = Money.ZERO;
        row.revision = 0;
        row.updatedAt = now;
        return row;
    }

    /** A v1 share: added, as v1 meant it. */
    public void add(BigDecimal share, Instant now) {
        amount = amount.add(share);
        updatedAt = now;
    }

    /**
     * A v2 determination: what the patient owes now.
     *
     * @return how much the account moves (0 when nothing changes); empty when the revision is not newer than the
     *         one applied, so a stale or repeated determination changes nothing
     */
    public java.util.Optional<BigDecimal> replace(BigDecimal owed, int newRevision, Instant now) {
        if (newRevision <= revision) {
            return java.util.Optional.empty();
        }
        BigDecimal change = owed.subtract(amount);
        amount = owed;
        revision = newRevision;
        updatedAt = now;
        return java.util.Optional.of(change);
    }

    public BigDecimal amount() {
        return amount;
    }

    public int revision() {
        return revision;
    }
}
