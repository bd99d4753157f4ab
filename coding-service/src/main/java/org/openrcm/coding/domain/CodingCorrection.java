package org.openrcm.coding.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One change of an encounter's codes by a coder: who, when, before and after, and whether it finalized them. */
@Entity
@Table(name = "coding_correction")
public class CodingCorrection {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "encounter_id", nullable = false, updatable = false)
    private UUID encounterId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private String userId;

    @Column(name = "corrected_at", nullable = false, updatable = false)
    private Instant correctedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "before_codes", nullable = false, updatable = false)
    private EncounterCodes before;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "after_codes", nullable = false, updatable = false)
    private EncounterCodes after;

    @Column(nullable = false, updatable = false)
    private boolean finalized;

    protected CodingCorrection() {
    }

    public static CodingCorrection of(Encounter encounter, String userId, EncounterCodes before, EncounterCodes after,
            boolean finalized, Instant now) {
        CodingCorrection correction = new CodingCorrection();
        correction.id = UUID.randomUUID();
        correction.tenantId = encounter.tenantId();
        correction.encounterId = encounter.id();
        correction.userId = userId;
        correction.correctedAt = now;
        correction.before = before;
        correction.after = after;
        correction.finalized = finalized;
        return correction;
    }

    public String userId() {
        return userId;
    }

    public Instant correctedAt() {
        return correctedAt;
    }

    public EncounterCodes before() {
        return before;
    }

    public EncounterCodes after() {
        return after;
    }

    public boolean finalized() {
        return finalized;
    }
}
