package org.openrcm.claims.submission;

import org.openrcm.claims.domain.BillingProfile;
import org.openrcm.claims.domain.BillingProfileDetails;
import org.openrcm.claims.domain.Claim;
import org.openrcm.claims.domain.ClaimEvents;
import org.openrcm.claims.domain.ClaimScrubber;
import org.openrcm.claims.domain.PayerConfig;
import org.openrcm.claims.domain.PayerConfigDetails;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.openrcm.claims.clearinghouse.ClearinghouseException;
import org.openrcm.claims.clearinghouse.OutgoingInterchange;
import org.openrcm.claims.clearinghouse.SubmissionReceipt;
import org.openrcm.claims.config.SubmissionConfig;
import org.openrcm.claims.persistence.BillingProfileRepository;
import org.openrcm.claims.persistence.ClaimRepository;
import org.openrcm.claims.persistence.ClaimRepository.ReadyMailbox;
import org.openrcm.claims.persistence.PayerConfigRepository;
import org.openrcm.claims.persistence.SubmissionClaimRepository;
import org.openrcm.claims.persistence.SubmissionRepository;
import org.openrcm.claims.x12.Claim837Files;
import org.openrcm.claims.x12.Claim837Mapper;
import org.openrcm.events.common.ValidationIssue;
import org.openrcm.plumbing.outbox.OutboxWriter;
import org.openrcm.x12.WrittenInterchange;
import org.openrcm.x12.X12ValidationException;
import org.openrcm.x12.claim.Claim837;

/**
 * The transactions around a clearinghouse delivery, so that nothing is written to the database and sent elsewhere
 * in one step: {@link #open} (transaction 1) takes a mailbox's READY claims, holds those the 837P pre-check rejects,
 * writes the others' interchange file (its control numbers taken for good) and makes them SUBMITTING; the gateway
 * call follows outside any transaction; {@link #delivered} (transaction 2) makes the claims the clearinghouse took
 * SUBMITTED and announces each with ClaimSubmitted. A batch left SENDING by a failure or a crash is delivered again,
 * the same file under the same name ({@link #leaseDue}); the gateway never delivers it twice.
 */
@ApplicationScoped
public class ClaimSubmissionService {

    /** What opening a batch did: the submission to deliver, if any claim was left to send, and how many were held. */
    public record OpenedBatch(Optional<Submission> submission, int taken, int held) {
    }

    private final ClaimRepository claims;
    private final SubmissionRepository submissions;
    private final SubmissionClaimRepository submissionClaims;
    private final BillingProfileRepository profiles;
    private final PayerConfigRepository payers;
    private final Claim837Files files;
    private final OutboxWriter outbox;
    private final Clock clock;
    private final SubmissionConfig config;
    private final SubmissionBackoff backoff;

    ClaimSubmissionService(ClaimRepository claims, SubmissionRepository submissions,
            SubmissionClaimRepository submissionClaims, BillingProfileRepository profiles,
            PayerConfigRepository payers, Claim837Files files, OutboxWriter outbox, Clock clock,
            SubmissionConfig config) {
        this.claims = claims;
        this.submissions = submissions;
        this.submissionClaims = submissionClaims;
        this.profiles = profiles;
        this.payers = payers;
        this.files = files;
        this.outbox = outbox;
        this.clock = clock;
        this.config = config;
        this.backoff = new SubmissionBackoff(config.initialBackoff(), config.maxBackoff());
    }

    /** Takes over the batches due to be sent again (failed earlier, or abandoned by a crashed sender). */
    @Transactional
    public List<Submission> leaseDue() {
        Instant now = clock.instant();
        List<Submission> due = submissions.lockDue(config.batchSize());
        due.forEach(submission -> submission.lease(now, config.lease()));
        return due;
    }

    /** The mailboxes whose READY claims fill a batch, or whose oldest READY claim has waited long enough. */
    @Transactional
    public List<ReadyMailbox> dueMailboxes() {
        Instant cutoff = clock.instant().minus(config.maxWait());
        return claims.readyMailboxes().stream().filter(mailbox -> mailbox.claims() >= config.batchSize()
                || !mailbox.oldest().isAfter(cutoff)).toList();
    }

    /**
     * Transaction 1: up to a batch of the mailbox's READY claims. Claims the 837P pre-check rejects are held
     * (SCRUB_FAILED with the guide's reasons, ClaimScrubFailed); the rest go in one interchange file and become
     * SUBMITTING under a new submission.
     */
    @Transactional
    public OpenedBatch open(String tenantId, String route) {
        List<Claim> batch = claims.lockReadyBatch(tenantId, route, config.batchSize());
        if (batch.isEmpty()) {
            return new OpenedBatch(Optional.empty(), 0, 0);
        }
        Instant now = clock.instant();
        Optional<BillingProfileDetails> profile = profiles.findForTenant(tenantId).map(BillingProfile::details);
        if (profile.isEmpty()) {
            batch.forEach(claim -> hold(claim, List.of(ClaimScrubber.noBillingProfile()), now));
            return new OpenedBatch(Optional.empty(), batch.size(), batch.size());
        }
        Map<String, PayerConfig> configured = payers.byPayer(tenantId,
                batch.stream().map(Claim::payerId).distinct().toList());
        List<Claim> sendable = new ArrayList<>();
        List<Claim837> models = new ArrayList<>();
        for (Claim claim : batch) {
            Claim837 model;
            List<ValidationIssue> issues;
            try {
                model = Claim837Mapper.claim(claim, profile.get(), payerFor(claim, configured));
                issues = files.precheck(model);
            } catch (RuntimeException e) {
                // Data the mapping or the module cannot take at all must not stop the mailbox: this claim waits.
                model = null;
                issues = List.of(new ValidationIssue("X12_PRECHECK", null, "The 837P pre-check could not read the"
                        + " claim: " + e.getMessage()));
            }
            if (issues.isEmpty()) {
                sendable.add(claim);
                models.add(model);
            } else {
                hold(claim, issues, now);
            }
        }
        if (sendable.isEmpty()) {
            return new OpenedBatch(Optional.empty(), batch.size(), batch.size());
        }
        Submission submission = Submission.open(tenantId, route, now, config.lease());
        BillingProfileDetails.SubmitterDetails submitter = files.submitter(profile.get());
        BillingProfileDetails.ReceiverDetails receiver = files.receiver(profile.get());
        WrittenInterchange written;
        try {
            written = files.write(submission.id(), now, submitter, receiver, models);
        } catch (X12ValidationException e) {
            // Each claim passed; the file as a whole (submitter, receiver, envelope) did not: nothing can go out.
            List<ValidationIssue> issues = Claim837Files.issues(e.issues());
            sendable.forEach(claim -> hold(claim, issues.isEmpty()
                    ? List.of(new ValidationIssue("X12_ENVELOPE", null, e.getMessage())) : issues, now));
            return new OpenedBatch(Optional.empty(), batch.size(), batch.size());
        }
        String interchangeControlNumber = written.interchange().controlNumber();
        submission.written(sendable.size(), submitter.id(), receiver.id(), interchangeControlNumber,
                written.group().controlNumber(), Claim837Files.fileName(tenantId, interchangeControlNumber, now),
                written.content());
        submissions.persist(submission);
        // One transaction set per file: every claim went in the first (and only) ST.
        String setControlNumber = written.transactionSetControlNumbers().get(0);
        for (Claim claim : sendable) {
            claim.startSubmission(submission.id(), now);
            submissionClaims.persist(SubmissionClaim.of(submission, claim, setControlNumber));
        }
        return new OpenedBatch(Optional.of(submission), batch.size(), batch.size() - sendable.size());
    }

    /** The batch's file, as written when it was opened. */
    @Transactional
    public OutgoingInterchange outgoing(String submissionId) {
        Submission submission = submissions.findById(submissionId);
        return new OutgoingInterchange(submission.id(), submission.tenantId(), submission.route(),
                submission.fileName(), submission.content(), submission.claimCount());
    }

    /**
     * Transaction 2: the clearinghouse took the batch. Its claims still SUBMITTING become SUBMITTED (a void:
     * VOIDED), each announced once; a claim an acknowledgment already reached was announced by that acknowledgment.
     * A receipt that names fewer claims than were sent confirms only those it names; the others are FAILED for a
     * biller. One that only counts fewer confirms none: acknowledgments will tell which the clearinghouse has.
     */
    @Transactional
    public void delivered(String submissionId, SubmissionReceipt receipt) {
        Submission submission = submissions.lock(submissionId);
        if (submission.status() != SubmissionStatus.SENDING) {
            return;
        }
        Instant now = clock.instant();
        submission.sent(now);
        List<Claim> sending = claims.lockSubmitting(submission.tenantId(), submissionId);
        boolean whole = receipt.received() >= submission.claimCount();
        Set<String> named = receipt.patientControlNumbers() == null ? Set.of()
                : new HashSet<>(receipt.patientControlNumbers());
        for (Claim claim : sending) {
            if (whole || named.contains(claim.patientControlNumber())) {
                claim.submitted(now);
                ClaimEvents.onSubmitted(claim, submission, now).forEach(outbox::append);
            } else if (receipt.patientControlNumbers() != null) {
                claim.failed("The clearinghouse's receipt for submission " + submissionId
                        + " did not include the claim", now);
            }
        }
    }

    /**
     * The clearinghouse did not take the batch. Its claims stay SUBMITTING until a later attempt; when the failure is
     * permanent or the attempts are used up the batch is given up and its claims are FAILED with the reason.
     */
    @Transactional
    public Submission failed(String submissionId, ClearinghouseException failure) {
        Submission submission = submissions.lock(submissionId);
        if (submission.status() != SubmissionStatus.SENDING) {
            return submission;
        }
        Instant now = clock.instant();
        submission.failed(now, backoff, config.maxAttempts(), failure.getMessage(), failure.retryable());
        if (submission.status() == SubmissionStatus.FAILED) {
            String reason = "Submission " + submissionId + " given up after " + submission.attempts() + " attempt(s): "
                    + failure.getMessage();
            claims.lockSubmitting(submission.tenantId(), submissionId).forEach(claim -> claim.failed(reason, now));
        }
        return submission;
    }

    private void hold(Claim claim, List<ValidationIssue> issues, Instant now) {
        claim.hold(issues, now);
        outbox.append(ClaimEvents.scrubFailed(claim, now));
    }

    private static PayerConfigDetails payerFor(Claim claim, Map<String, PayerConfig> configured) {
        PayerConfig payer = configured.get(claim.payerId());
        return payer != null ? payer.details() : PayerConfigDetails.unconfigured(claim.payerId(),
                claim.coverage().payerName(), claim.coverage().claimFilingIndicator());
    }
}
