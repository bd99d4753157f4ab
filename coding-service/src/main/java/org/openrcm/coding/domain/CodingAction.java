package org.openrcm.coding.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One action on an encounter in the queue: who, when, status and codes before and after, what was said. */
@Entity
@Table(name = "coding_action")
public class CodingAction {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "encounter_id", nullable = false, updatable = false)
    private UUID encounterId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private String userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private CodingActionType action;

    @Column(name = "acted_at", nullable = false, updatable = false)
    private Instant actedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_before", nullable = false, updatable = false)
    private EncounterStatus statusBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_after", nullable = false, updatable = false)
    private EncounterStatus statusAfter;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "codes_before", updatable = false)
    private EncounterCodes codesBefore;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "codes_after", updatable = false)
    private EncounterCodes codesAfter;

    @Column(updatable = false)
    private String detail;

    protected CodingAction() {
    }

    /**
     * @param statusBefore the encounter's status before the action; the encounter carries the status after it
     * @param codesBefore  the codes before, when the action touched them (null otherwise, and so is after)
     */
    public static CodingAction of(Encounter encounter, String userId, CodingActionType action,
            EncounterStatus statusBefore, EncounterCodes codesBefore, EncounterCodes codesAfter, String detail,
            Instant now) {
        CodingAction recorded = new CodingAction();
        recorded.id = UUID.randomUUID();
        recorded.tenantId = encounter.tenantId();
        recorded.encounterId = encounter.id();
        recorded.userId = userId;
        recorded.action = action;
        recorded.actedAt = now;
        recorded.statusBefore = statusBefore;
        recorded.statusAfter = encounter.status();
        recorded.codesBefore = codesBefore;
        recorded.codesAfter = codesAfter;
        recorded.detail = detail;
        return recorded;
    }

    public String userId() {
        return userId;
    }

    public CodingActionType action() {
        return action;
    }

    public Instant actedAt() {
        return actedAt;
    }

    public EncounterStatus statusBefore() {
        return statusBefore;
    }

    public EncounterStatus statusAfter() {
        return statusAfter;
    }

    public EncounterCodes codesBefore() {
        return codesBefore;
    }

    public EncounterCodes codesAfter() {
        return codesAfter;
    }

    public String detail() {
        return detail;
    }
}
