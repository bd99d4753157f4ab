package org.openrcm.claims.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openrcm.claims.clearinghouse.ClearinghouseSubmission;
import org.openrcm.claims.persistence.BillingProfileRepository;
import org.openrcm.claims.persistence.ClaimRepository;
import org.openrcm.claims.persistence.SubmissionRepository;
import org.openrcm.plumbing.outbox.OutboxWriter;

/**
 * The transactions around a clearinghouse call, so that nothing is written to the database and sent elsewhere in
 * one step: {@link #open} (transaction 1) gives READY claims a new submission id and makes them SUBMITTING; the
 * gateway call follows outside any transaction; {@link #delivered} (transaction 2) makes them SUBMITTED and
 * announces each with ClaimSubmitted. A batch left SENDING by a failure or a crash is sent again under the same
 * id ({@link #leaseDue}); the clearinghouse is idempotent on it.
 */
@ApplicationScoped
public class ClaimSubmissionService {

    private final ClaimRepository claims;
    private final SubmissionRepository submissions;
    private final BillingProfileRepository profiles;
    private final OutboxWriter outbox;
    private final Clock clock;
    private final int batchSize;
    private final Duration lease;
    private final SubmissionBackoff backoff;

    ClaimSubmissionService(ClaimRepository claims, SubmissionRepository submissions, BillingProfileRepository profiles,
            OutboxWriter outbox, Clock clock,
            @ConfigProperty(name = "rcm.submission.batch-size", defaultValue = "200") int batchSize,
            @ConfigProperty(name = "rcm.submission.lease", defaultValue = "2m") Duration lease,
            @ConfigProperty(name = "rcm.submission.initial-backoff", defaultValue = "5s") Duration initialBackoff,
            @ConfigProperty(name = "rcm.submission.max-backoff", defaultValue = "5m") Duration maxBackoff) {
        this.claims = claims;
        this.submissions = submissions;
        this.profiles = profiles;
        this.outbox = outbox;
        this.clock = clock;
        this.batchSize = batchSize;
        this.lease = lease;
        this.backoff = new SubmissionBackoff(initialBackoff, maxBackoff);
    }

    /** Takes over the batches due to be sent again (failed earlier, or abandoned by a crashed sender). */
    @Transactional
    public List<Submission> leaseDue() {
        Instant now = clock.instant();
        List<Submission> due = submissions.lockDue(batchSize);
        due.forEach(submission -> submission.lease(now, lease));
        return due;
    }

    @Transactional
    public List<String> tenantsWithReadyClaims() {
        return claims.tenantsWithReadyClaims();
    }

    /** Transaction 1: up to a batch of the tenant's READY claims become SUBMITTING under a new submission. */
    @Transactional
    public Optional<Submission> open(String tenantId) {
        List<Claim> batch = claims.lockReadyBatch(tenantId, batchSize);
        if (batch.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Submission submission = Submission.open(tenantId, batch.size(), now, lease);
        submissions.persist(submission);
        batch.forEach(claim -> claim.startSubmission(submission.id(), now));
        return Optional.of(submission);
    }

    /** The batch as sent: every claim that went in it, with the practice billing for them. */
    @Transactional
    public ClearinghouseSubmission outgoing(String submissionId) {
        Submission submission = submissions.findById(submissionId);
        BillingProfile profile = profiles.findForTenant(submission.tenantId()).orElseThrow(
                () -> new IllegalStateException("Tenant " + submission.tenantId() + " has no billing profile"));
        BillingProfileDetails billing = profile.details();
        return new ClearinghouseSubmission(submissionId, submission.tenantId(),
                new ClearinghouseSubmission.BillingProvider(billing.billingProviderNpi(),
                        billing.billingProviderName(), billing.taxId(), billing.address()),
                claims.listInSubmission(submission.tenantId(), submissionId).stream()
                        .map(claim -> new ClearinghouseSubmission.Claim(claim.id().toString(), claim.patient(),
                                claim.coverage(), claim.renderingProviderNpi(), claim.dateOfService(),
                                claim.placeOfService(), claim.diagnosisCodes(),
                                claim.lines().stream().map(ServiceLine::toClaimLine).toList(), claim.totalCharge()))
                        .toList());
    }

    /**
     * Transaction 2: the clearinghouse took the batch. Its claims still SUBMITTING become SUBMITTED, each announced
     * once; a claim an acknowledgment already reached was announced by that acknowledgment.
     */
    @Transactional
    public void delivered(String submissionId) {
        Submission submission = submissions.lock(submissionId);
        if (submission.status() == SubmissionStatus.SENT) {
            return;
        }
        Instant now = clock.instant();
        submission.sent(now);
        for (Claim claim : claims.lockSubmitting(submission.tenantId(), submissionId)) {
            claim.submitted(now);
            outbox.append(ClaimEvents.submitted(claim, now));
        }
    }

    /** The clearinghouse did not take the batch: its claims stay SUBMITTING until a later attempt. */
    @Transactional
    public Duration failed(String submissionId) {
        return submissions.lock(submissionId).failed(clock.instant(), backoff);
    }
}
