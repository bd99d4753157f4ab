package org.openrcm.claims.submission;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A batch of one tenant's claims to one clearinghouse mailbox: one interchange file, written once when the batch is
 * opened (with its ISA13/GS06 taken for good) and delivered under the same name however often it must be tried, so
 * the clearinghouse never gets it twice.
 */
@Entity
@Table(name = "submission")
public class Submission {

    private static final int MAX_REASON = 500;

    @Id
    private String id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(nullable = false, updatable = false)
    private String route;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SubmissionStatus status;

    @Column(name = "claim_count", nullable = false)
    private int claimCount;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "sender_id")
    private String senderId;

    @Column(name = "receiver_id")
    private String receiverId;

    @Column(name = "interchange_control_number")
    private String interchangeControlNumber;

    @Column(name = "group_control_number")
    private String groupControlNumber;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "failure_reason")
    private String failureReason;

    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    protected Submission() {
    }

    /** A new batch, leased to the sender that opens it until {@code now + lease}. */
    public static Submission open(String tenantId, String route, Instant now, Duration lease) {
        Submission submission = new Submission();
        submission.id = "S-" + UUID.randomUUID();
        submission.tenantId = tenantId;
        submission.route = route;
        submission.status = SubmissionStatus.SENDING;
        submission.createdAt = now;
        submission.nextAttemptAt = now.plus(lease);
        return submission;
    }

    /** The interchange written for the batch: what is delivered, under which name and control numbers. */
    public void written(int claimCount, String senderId, String receiverId, String interchangeControlNumber,
            String groupControlNumber, String fileName, byte[] content) {
        this.claimCount = claimCount;
        this.senderId = senderId;
        this.receiverId = receiverId;
        this.interchangeControlNumber = interchangeControlNumber;
        this.groupControlNumber = groupControlNumber;
        this.fileName = fileName;
        this.content = content;
    }

    /** A sender takes the batch over; should it vanish mid-send, another may re-send it once the lease runs out. */
    public void lease(Instant now, Duration lease) {
        nextAttemptAt = now.plus(lease);
    }

    /**
     * The clearinghouse did not take the batch. It is tried again after a back-off growing with each failure,
     * unless the failure is permanent or the attempts are used up: then the batch is FAILED.
     */
    public void failed(Instant now, SubmissionBackoff backoff, int maxAttempts, String reason, boolean retryable) {
        attempts++;
        failureReason = reason == null || reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON);
        if (!retryable || attempts >= maxAttempts) {
            status = SubmissionStatus.FAILED;
            return;
        }
        nextAttemptAt = now.plus(backoff.after(attempts));
    }

    public void sent(Instant now) {
        status = SubmissionStatus.SENT;
        sentAt = now;
    }

    public String id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public String route() {
        return route;
    }

    public SubmissionStatus status() {
        return status;
    }

    public int claimCount() {
        return claimCount;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String interchangeControlNumber() {
        return interchangeControlNumber;
    }

    public String groupControlNumber() {
        return groupControlNumber;
    }

    public String fileName() {
        return fileName;
    }

    public String failureReason() {
        return failureReason;
    }

    public byte[] content() {
        return content;
    }
}
