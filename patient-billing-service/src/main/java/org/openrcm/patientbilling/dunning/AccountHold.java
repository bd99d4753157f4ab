package org.openrcm.patientbilling.dunning;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.openrcm.patientbilling.domain.PatientAccount;

/** A hold on an account, kept after it is cleared: who set it and why, who cleared it and when. */
@Entity
@Table(name = "account_hold")
public class AccountHold {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private UUID accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private HoldKind kind;

    @Column(updatable = false)
    private String note;

    @Column(name = "set_by", nullable = false, updatable = false)
    private String setBy;

    @Column(name = "set_at", nullable = false, updatable = false)
    private Instant setAt;

    @Column(name = "cleared_by")
    private String clearedBy;

    @Column(name = "cleared_at")
    private Instant clearedAt;

    protected AccountHold() {
    }

    public static AccountHold place(PatientAccount account, HoldKind kind, String note, String user, Instant now) {
        AccountHold hold = new AccountHold();
        hold.id = UUID.randomUUID();
        hold.tenantId = account.tenantId();
        hold.accountId = account.id();
        hold.kind = kind;
        hold.note = note;
        hold.setBy = user;
        hold.setAt = now;
        return hold;
    }

    public void clear(String user, Instant now) {
        clearedBy = user;
        clearedAt = now;
    }

    public UUID id() {
        return id;
    }

    public HoldKind kind() {
        return kind;
    }

    public String note() {
        return note;
    }

    public String setBy() {
        return setBy;
    }

    public Instant setAt() {
        return setAt;
    }

    public String clearedBy() {
        return clearedBy;
    }

    public Instant clearedAt() {
        return clearedAt;
    }
}
