package org.openrcm.claims.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One step of a claim's history: the status it moved to (or stayed in, for a correction), when, who and why. */
@Entity
@Table(name = "claim_status_change")
public class ClaimStatusChange {

    private static final int MAX_NOTE = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id", nullable = false, updatable = false)
    private Claim claim;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ClaimStatus status;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(updatable = false)
    private String note;

    @Column(name = "changed_by", nullable = false, updatable = false)
    private String changedBy;

    protected ClaimStatusChange() {
    }

    ClaimStatusChange(Claim claim, ClaimStatus status, Instant changedAt, String note, String changedBy) {
        this.changedBy = changedBy;
        this.claim = claim;
        this.tenantId = claim.tenantId();
        this.status = status;
        this.changedAt = changedAt;
        this.note = note == null || note.length() <= MAX_NOTE ? note : note.substring(0, MAX_NOTE);
    }

    public ClaimStatus status() {
        return status;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String note() {
        return note;
    }

    /** The user who made the change, or {@value Claim#SYSTEM}. */
    public String changedBy() {
        return changedBy;
    }
}
