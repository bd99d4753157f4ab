package org.openrcm.claims.submission;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.jboss.logging.Logger;
import org.openrcm.claims.clearinghouse.ClearinghouseException;
import org.openrcm.claims.clearinghouse.ClearinghouseGateway;
import org.openrcm.claims.clearinghouse.OutgoingInterchange;
import org.openrcm.claims.clearinghouse.SubmissionReceipt;
import org.openrcm.claims.config.SubmissionConfig;
import org.openrcm.claims.persistence.ClaimRepository.ReadyMailbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Sends claims to the clearinghouse: every {@code rcm.submission.interval}, and as soon as new READY claims commit.
 * Each round first re-sends the batches that are due again, then opens batches per tenant and mailbox (route)
 * whose claims fill a batch or have waited {@code rcm.submission.max-wait}. A mailbox that does not take a batch is
 * left alone for the round; the batch backs off, and is given up (its claims FAILED) after the attempts.
 */
@ApplicationScoped
public class SubmissionWorker {

    private static final Logger LOG = Logger.getLogger(SubmissionWorker.class);

    private final ClaimSubmissionService submissions;
    private final TransactionSynchronizationRegistry transactions;
    private final ClearinghouseGateway gateway;
    private final SubmissionConfig config;

    private final AtomicBoolean roundQueued = new AtomicBoolean();
    private ScheduledExecutorService executor;

    SubmissionWorker(ClaimSubmissionService submissions, ClearinghouseGateway gateway, SubmissionConfig config,
            TransactionSynchronizationRegistry transactions) {
        this.submissions = submissions;
        this.transactions = transactions;
        this.gateway = gateway;
        this.config = config;
    }

    void start(@Observes StartupEvent startup) {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "claim-submission");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::wakeUp, 0, config.interval().toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Asks for a round soon; cheap and safe to call from any thread, any number of times. */
    public void wakeUp() {
        if (executor != null && roundQueued.compareAndSet(false, true)) {
            executor.execute(this::round);
        }
    }

    /** Asks for a round once the caller's transaction has committed READY claims (nothing if it rolls back). */
    public void wakeUpAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    wakeUp();
                }
            }
        });
    }

    private void round() {
        roundQueued.set(false);
        try {
            submissions.leaseDue().forEach(this::send);
            for (ReadyMailbox mailbox : submissions.dueMailboxes()) {
                ClaimSubmissionService.OpenedBatch opened;
                do {
                    opened = submissions.open(mailbox.tenantId(), mailbox.route());
                    if (opened.held() > 0) {
                        LOG.infof("%d claim(s) of tenant %s held before sending: they would break the 837P guide",
                                opened.held(), mailbox.tenantId());
                    }
                    if (opened.submission().isPresent() && !send(opened.submission().get())) {
                        break;
                    }
                } while (opened.taken() >= config.batchSize());
            }
        } catch (RuntimeException e) {
            // A batch caught mid-way stays SENDING and is re-sent, the same file, when its lease runs out.
            LOG.warnf(e, "Submission round failed; next round in %s", config.interval());
        }
    }

    /** @return whether the clearinghouse took the batch */
    private boolean send(Submission submission) {
        OutgoingInterchange outgoing = submissions.outgoing(submission.id());
        SubmissionReceipt receipt;
        try {
            receipt = gateway.submit(outgoing);
        } catch (ClearinghouseException e) {
            Submission after = submissions.failed(submission.id(), e);
            if (after.status() == SubmissionStatus.FAILED) {
                LOG.errorf("Submission %s of tenant %s (%d claims) given up after %d attempt(s): %s; its claims are"
                        + " FAILED", submission.id(), submission.tenantId(), outgoing.claimCount(), after.attempts(),
                        e.getMessage());
            } else {
                LOG.warnf("Submission %s of tenant %s (%d claims) not taken by the clearinghouse: %s; retrying at %s",
                        submission.id(), submission.tenantId(), outgoing.claimCount(), e.getMessage(),
                        after.nextAttemptAt());
            }
            return false;
        }
        if (receipt.received() != outgoing.claimCount()) {
            LOG.warnf("Clearinghouse took submission %s of tenant %s with %d of its %d claims", submission.id(),
                    submission.tenantId(), receipt.received(), outgoing.claimCount());
        }
        submissions.delivered(submission.id(), receipt);
        return true;
    }
}
