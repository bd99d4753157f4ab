package org.openrcm.coding.queue;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A claim claims-service built from one of our encounters: a rejection or denial names only the claim. */
@Entity
@Table(name = "claim_encounter")
@IdClass(ClaimEncounter.Key.class)
public class ClaimEncounter {

    /** The primary key: a claim id within its tenant. */
    public record Key(String tenantId, String claimId) implements Serializable {
    }

    @Id
    @Column(name = "tenant_id")
    private String tenantId;

    @Id
    @Column(name = "claim_id")
    private String claimId;

    @Column(name = "encounter_id", nullable = false, updatable = false)
    private UUID encounterId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ClaimEncounter() {
    }

    public static ClaimEncounter of(String tenantId, String claimId, UUID encounterId, Instant createdAt) {
        ClaimEncounter link = new ClaimEncounter();
        link.tenantId = tenantId;
        link.claimId = claimId;
        link.encounterId = encounterId;
        link.createdAt = createdAt;
        return link;
    }

    public UUID encounterId() {
        return encounterId;
    }
}
