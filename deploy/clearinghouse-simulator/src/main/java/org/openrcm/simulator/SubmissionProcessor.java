package org.openrcm.simulator;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.openrcm.simulator.adjudication.AcceptedClaim;
import org.openrcm.simulator.adjudication.Adjudicator;
import org.openrcm.simulator.wire.AcknowledgmentBatch;
import org.openrcm.simulator.wire.ClaimAcknowledgment;
import org.openrcm.simulator.wire.Remittance;
import org.openrcm.simulator.wire.Submission;
import org.openrcm.simulator.wire.SubmittedClaim;
import org.openrcm.simulator.wire.WireFormat;

/**
 * The life of a submission: taken in once per submission id, acknowledged to claims-service after the ack delay,
 * and, after the remit delay, its accepted claims paid to payments-service in one remittance per payer.
 */
final class SubmissionProcessor {

    private static final System.Logger LOG = System.getLogger(SubmissionProcessor.class.getName());

    private final Adjudicator adjudicator;
    private final WireFormat wire;
    private final OutboundPoster poster;
    private final ScheduledExecutorService scheduler;
    private final URI acknowledgmentsUri;
    private final URI remittancesUri;
    private final Duration ackDelay;
    private final Duration remitDelay;
    private final Map<String, Integer> received = new ConcurrentHashMap<>();

    SubmissionProcessor(Adjudicator adjudicator, WireFormat wire, OutboundPoster poster,
            ScheduledExecutorService scheduler, SimulatorOptions options) {
        this.adjudicator = adjudicator;
        this.wire = wire;
        this.poster = poster;
        this.scheduler = scheduler;
        this.acknowledgmentsUri = resolve(options.claimsUrl(), "/clearinghouse/acknowledgments");
        this.remittancesUri = resolve(options.paymentsUrl(), "/remittances");
        this.ackDelay = options.ackDelay();
        this.remitDelay = options.remitDelay();
    }

    /** @return the number of claims taken in under this submission id, the first time it was received */
    int receive(Submission submission) {
        Integer earlier = received.putIfAbsent(submission.submissionId(), submission.claims().size());
        if (earlier != null) {
            LOG.log(System.Logger.Level.INFO, "Submission {0} (tenant {1}) received again; already processed",
                    submission.submissionId(), submission.tenantId());
            return earlier;
        }
        LOG.log(System.Logger.Level.INFO, "Submission {0} (tenant {1}) received: claims {2}",
                submission.submissionId(), submission.tenantId(), String.valueOf(submission.claims().size()));
        later(ackDelay, () -> acknowledge(submission));
        return submission.claims().size();
    }

    private void acknowledge(Submission submission) {
        List<AcceptedClaim> accepted = new ArrayList<>();
        List<ClaimAcknowledgment> acknowledgments = new ArrayList<>();
        for (SubmittedClaim claim : submission.claims()) {
            ClaimAcknowledgment acknowledgment = adjudicator.acknowledge(claim);
            acknowledgments.add(acknowledgment);
            if (acknowledgment.accepted()) {
                accepted.add(new AcceptedClaim(claim, acknowledgment.payerClaimNumber()));
            }
        }
        AcknowledgmentBatch batch = new AcknowledgmentBatch(submission.submissionId(), submission.tenantId(),
                List.copyOf(acknowledgments));
        String what = "Acknowledgments of submission " + submission.submissionId();
        poster.post(acknowledgmentsUri, Map.of(), wire.contentType(), wire.writeAcknowledgments(batch), what)
                .thenAccept(delivered -> {
                    if (delivered) {
                        LOG.log(System.Logger.Level.INFO, "{0} (tenant {1}) delivered: accepted {2}, rejected {3}",
                                what, submission.tenantId(), String.valueOf(accepted.size()),
                                String.valueOf(acknowledgments.size() - accepted.size()));
                    }
                    // The payer pays what it accepted whether or not the billing office heard about it.
                    if (!accepted.isEmpty()) {
                        later(remitDelay, () -> remit(submission.tenantId(), accepted));
                    }
                });
    }

    private void remit(String tenantId, List<AcceptedClaim> accepted) {
        Map<String, List<AcceptedClaim>> byPayer = new LinkedHashMap<>();
        for (AcceptedClaim claim : accepted) {
            byPayer.computeIfAbsent(claim.claim().payerId(), payer -> new ArrayList<>()).add(claim);
        }
        byPayer.forEach((payerId, claims) -> {
            Remittance remittance = adjudicator.remit(payerId, claims);
            String what = "Remittance " + remittance.traceNumber() + " from " + payerId;
            poster.post(remittancesUri, Map.of("X-Tenant-Id", tenantId), wire.contentType(),
                    wire.writeRemittance(remittance), what).thenAccept(delivered -> {
                        if (delivered) {
                            LOG.log(System.Logger.Level.INFO, "{0} (tenant {1}) delivered: claims {2}, paid {3}",
                                    what, tenantId, String.valueOf(remittance.claims().size()),
                                    remittance.paymentAmount().toPlainString());
                        }
                    });
        });
    }

    private void later(Duration delay, Runnable task) {
        scheduler.schedule(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "Processing a submission failed", e);
            }
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static URI resolve(URI base, String path) {
        String text = base.toString();
        return URI.create((text.endsWith("/") ? text.substring(0, text.length() - 1) : text) + path);
    }
}
