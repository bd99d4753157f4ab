package org.openrcm.patientbilling.report;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A biller's note on an account (a call, a promise to pay); never changed. */
@Entity
@Table(name = "account_note")
public class AccountNote {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private UUID accountId;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(nullable = false, updatable = false)
    private String text;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected AccountNote() {
    }

    public static AccountNote of(String tenantId, UUID accountId, String author, String text, Instant now) {
        AccountNote note = new AccountNote();
        note.id = UUID.randomUUID();
        note.tenantId = tenantId;
        note.accountId = accountId;
        note.author = author;
        note.text = text;
        note.createdAt = now;
        return note;
    }

    public UUID id() {
        return id;
    }

    public String author() {
        return author;
    }

    public String text() {
        return text;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
