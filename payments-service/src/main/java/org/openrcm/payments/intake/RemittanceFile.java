package org.openrcm.payments.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A remittance file as it arrived, with its SHA-256 and (for the first copy) its raw bytes: the audit copy every
 * posting links back to through its remittance. The outcome of each transaction set and every issue the reader
 * found are kept with it.
 */
@Entity
@Table(name = "remittance_file")
public class RemittanceFile {

    /** PROCESSED: read and its sets taken in; DUPLICATE: the same bytes came before; QUARANTINED: unreadable. */
    public enum Status {
        PROCESSED, DUPLICATE, QUARANTINED
    }

    /** What became of one transaction set of the file. */
    public record SetOutcome(int setIndex, String controlNumber, String outcome, String remittanceId,
            String reason) {
    }

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(nullable = false, updatable = false)
    private String channel;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(updatable = false)
    private byte[] content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column
    private String reason;

    @Column(name = "duplicate_of", updatable = false)
    private UUID duplicateOf;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<SetOutcome> outcomes = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<String> issues = new ArrayList<>();

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    protected RemittanceFile() {
    }

    static RemittanceFile received(String tenantId, String fileName, String channel, String sha256, byte[] content,
            Instant now) {
        RemittanceFile file = new RemittanceFile();
        file.id = UUID.randomUUID();
        file.tenantId = tenantId;
        file.fileName = fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
        file.channel = channel;
        file.sha256 = sha256;
        file.sizeBytes = content.length;
        file.content = content;
        file.status = Status.PROCESSED;
        file.receivedAt = now;
        return file;
    }

    /** The same bytes again: recorded (it was received), not kept (the first copy is), and changes nothing. */
    static RemittanceFile duplicateOf(RemittanceFile first, String fileName, String channel, Instant now) {
        RemittanceFile file = received(first.tenantId, fileName, channel, first.sha256, new byte[0], now);
        file.sizeBytes = first.sizeBytes;
        file.content = null;
        file.status = Status.DUPLICATE;
        file.duplicateOf = first.id;
        file.reason = "the same file (SHA-256 " + first.sha256 + ") was taken in on " + first.receivedAt
                + " as " + first.fileName;
        return file;
    }

    void quarantine(String why) {
        status = Status.QUARANTINED;
        reason = why;
    }

    void record(List<SetOutcome> setOutcomes, List<String> readerIssues) {
        outcomes = List.copyOf(setOutcomes);
        issues = List.copyOf(readerIssues);
    }

    public UUID id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public String fileName() {
        return fileName;
    }

    public String channel() {
        return channel;
    }

    public String sha256() {
        return sha256;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public Status status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    public UUID duplicateOf() {
        return duplicateOf;
    }

    public List<SetOutcome> outcomes() {
        return outcomes;
    }

    public List<String> issues() {
        return issues;
    }

    public Instant receivedAt() {
        return receivedAt;
    }
}
