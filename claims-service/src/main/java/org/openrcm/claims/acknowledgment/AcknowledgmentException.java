package org.openrcm.claims.acknowledgment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Something an acknowledgment file said that could not be applied, for a person to look at: a claim or submission
 * we do not know, or a transaction set that breaks the guide (with its error locations).
 */
@Entity
@Table(name = "acknowledgment_exception")
public class AcknowledgmentException {

    private static final int MAX_DETAIL = 2000;

    /** Why it was listed. */
    public enum Kind {
        /** A 277CA status for a patient control number the tenant never sent. */
        UNKNOWN_CLAIM,
        /** A 999 for a group control number (GS06) the tenant never sent to that mailbox. */
        UNKNOWN_SUBMISSION,
        /** A 999 for a transaction set (ST02) of ours that held no claim. */
        UNKNOWN_TRANSACTION_SET,
        /** A transaction set that breaks the guide: not applied, the rest of the file was. */
        INVALID_TRANSACTION_SET
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(nullable = false, updatable = false)
    private String route;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(updatable = false)
    private String reference;

    @Column(nullable = false, updatable = false)
    private String detail;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected AcknowledgmentException() {
    }

    public static AcknowledgmentException of(InboundFile file, Kind kind, String reference, String detail,
            Instant now) {
        AcknowledgmentException exception = new AcknowledgmentException();
        exception.tenantId = file.tenantId();
        exception.route = file.route();
        exception.fileName = file.fileName();
        exception.kind = kind;
        exception.reference = reference;
        exception.detail = detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        exception.createdAt = now;
        return exception;
    }

    public Long id() {
        return id;
    }

    public String route() {
        return route;
    }

    public String fileName() {
        return fileName;
    }

    public Kind kind() {
        return kind;
    }

    public String reference() {
        return reference;
    }

    public String detail() {
        return detail;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
