package org.openrcm.claims.domain;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.openrcm.claims.clearinghouse.ClearinghouseException;
import org.openrcm.claims.clearinghouse.ClearinghouseGateway;
import org.openrcm.claims.clearinghouse.ClearinghouseSubmission;
import org.openrcm.claims.clearinghouse.SubmissionReceipt;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Sends claims to the clearinghouse: every {@code rcm.submission.interval}, and as soon as new READY claims commit.
 * Each round first re-sends the batches that are due again, then opens new batches per tenant until no READY claim
 * is left. A round stops at the first batch the clearinghouse does not take; that batch backs off.
 */
@ApplicationScoped
public class SubmissionWorker {

    private static final Logger LOG = Logger.getLogger(SubmissionWorker.class);

    private final ClaimSubmissionService submissions;
    private final ClearinghouseGateway gateway;
    private final Duration interval;

    private final AtomicBoolean roundQueued = new AtomicBoolean();
    private ScheduledExecutorService executor;

    SubmissionWorker(ClaimSubmissionService submissions, ClearinghouseGateway gateway,
            @ConfigProperty(name = "rcm.submission.interval", defaultValue = "1s") Duration interval) {
        this.submissions = submissions;
        this.gateway = gateway;
        this.interval = interval;
    }

    void start(@Observes StartupEvent startup) {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "claim-submission");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::wakeUp, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
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

    private void round() {
        roundQueued.set(false);
        try {
            for (Submission due : submissions.leaseDue()) {
                if (!send(due)) {
                    return;
                }
            }
            for (String tenantId : submissions.tenantsWithReadyClaims()) {
                Optional<Submission> opened;
                while ((opened = submissions.open(tenantId)).isPresent()) {
                    if (!send(opened.get())) {
                        return;
                    }
                }
            }
        } catch (RuntimeException e) {
            // A batch caught mid-way stays SENDING and is re-sent under the same id when its lease runs out.
            LOG.warnf(e, "Submission round failed; next round in %s", interval);
        }
    }

    /** @return whether the clearinghouse took the batch */
    private boolean send(Submission submission) {
        ClearinghouseSubmission outgoing = submissions.outgoing(submission.id());
        SubmissionReceipt receipt;
        try {
            receipt = gateway.submit(outgoing);
        } catch (ClearinghouseException e) {
            Duration retryIn = submissions.failed(submission.id());
            LOG.warnf("Submission %s of tenant %s (%d claims) not taken by the clearinghouse: %s; retrying in %s",
                    submission.id(), submission.tenantId(), submission.claimCount(), e.getMessage(), retryIn);
            return false;
        }
        if (receipt.received() != outgoing.claims().size()) {
            LOG.warnf("Clearinghouse took submission %s of tenant %s with %d of its %d claims", submission.id(),
                    submission.tenantId(), receipt.received(), outgoing.claims().size());
        }
        submissions.delivered(submission.id());
        return true;
    }
}
