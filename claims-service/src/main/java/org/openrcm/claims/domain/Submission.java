package org.openrcm.claims.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A batch of one tenant's claims sent to the clearinghouse under one id. The id is assigned before the first send
 * and kept for every re-send, so the clearinghouse (idempotent on it) never takes a batch twice.
 */
@Entity
@Table(name = "submission")
public class Submission {

    @Id
    private String id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SubmissionStatus status;

    @Column(name = "claim_count", nullable = false, updatable = false)
    private int claimCount;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected Submission() {
    }

    /** A new batch, leased to the sender that opens it until {@code now + lease}. */
    public static Submission open(String tenantId, int claimCount, Instant now, Duration lease) {
        Submission submission = new Submission();
        submission.id = "S-" + UUID.randomUUID();
        submission.tenantId = tenantId;
        submission.status = SubmissionStatus.SENDING;
        submission.claimCount = claimCount;
        submission.createdAt = now;
        submission.nextAttemptAt = now.plus(lease);
        return submission;
    }

    /** A sender takes the batch over; should it vanish mid-send, another may re-send it once the lease runs out. */
    public void lease(Instant now, Duration lease) {
        nextAttemptAt = now.plus(lease);
    }

    /** The clearinghouse did not take the batch; it is tried again after a back-off growing with each failure. */
    public Duration failed(Instant now, SubmissionBackoff backoff) {
        attempts++;
        Duration delay = backoff.after(attempts);
        nextAttemptAt = now.plus(delay);
        return delay;
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

    public SubmissionStatus status() {
        return status;
    }

    public int claimCount() {
        return claimCount;
    }

    public int attempts() {
        return attempts;
    }
}
