package org.openrcm.deploy.stack;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides when each of the bench's encounters has gone through the whole cycle: its claim adjudicated (PaymentPosted
 * or ClaimDenied) and every PatientResponsibilityDetermined of the claim applied by patient-billing (its inbox row
 * committed with the effect). A claim that leaves the patient nothing has no such event: it completes at its
 * adjudication, once the events published in the same transaction (PatientResponsibilityDetermined follows its
 * PaymentPosted on the claim's partition) have had time to arrive. An encounter whose automated cycle stops earlier
 * (the payer rejects the claim, the scrubber holds it, or coding sends the encounter to a coder) completes there and
 * is counted as stopped: it waits for a person, not for the pipeline.
 */
final class CompletionTracker {

    /** How long after a claim's adjudication a missing PatientResponsibilityDetermined means there is none. */
    static final long NO_SHARE_AFTER_MILLIS = 1000;

    private final BenchTap tap;
    private final ServiceInbox patientBilling;
    private final OpenLoopGenerator generator;
    private final Map<String, Instant> applied = new HashMap<>();
    private final Set<String> completedClaims = new HashSet<>();
    /** Completion times in wall-clock milliseconds, in the order found. */
    private final List<Long> completionTimes = new ArrayList<>();
    private final Map<Integer, Latencies> latenciesByStep = new HashMap<>();
    private final Map<Integer, Integer> completedByStep = new HashMap<>();
    private final Set<String> completedReviews = new HashSet<>();
    private int stopped;
    private int inboxQueries;

    CompletionTracker(BenchTap tap, ServiceInbox patientBilling, OpenLoopGenerator generator) {
        this.tap = tap;
        this.patientBilling = patientBilling;
        this.generator = generator;
    }

    /** One look: which claims completed since the last. */
    synchronized void poll() {
        tap.checkRunning();
        List<String> waiting = tap.claims(claims -> {
            List<String> ids = new ArrayList<>();
            claims.forEach((claimId, claim) -> {
                if (!completedClaims.contains(claimId) && claim.adjudicatedAtMillis > 0) {
                    claim.responsibilityEventIds.stream().filter(id -> !applied.containsKey(id)).forEach(ids::add);
                }
            });
            return ids;
        });
        if (!waiting.isEmpty()) {
            applied.putAll(patientBilling.applied(waiting));
            inboxQueries++;
        }
        long now = System.currentTimeMillis();
        tap.claims(claims -> {
            claims.forEach((claimId, claim) -> {
                if (completedClaims.contains(claimId)) {
                    return;
                }
                if (claim.adjudicatedAtMillis == 0) {
                    if (claim.stoppedAtMillis > 0 && complete(claim.encounterId, claim.stoppedAtMillis)) {
                        completedClaims.add(claimId);
                        stopped++;
                    }
                    return;
                }
                boolean allApplied = claim.responsibilityEventIds.stream().allMatch(applied::containsKey);
                boolean noShare = claim.responsibilityEventIds.isEmpty()
                        && now - claim.adjudicatedAtMillis >= NO_SHARE_AFTER_MILLIS;
                if (!allApplied || (claim.responsibilityEventIds.isEmpty() && !noShare)) {
                    return;
                }
                long completedAt = claim.responsibilityEventIds.stream().mapToLong(id -> applied.get(id).toEpochMilli())
                        .max().orElse(claim.adjudicatedAtMillis);
                if (complete(claim.encounterId, Math.max(completedAt, claim.adjudicatedAtMillis))) {
                    completedClaims.add(claimId);
                }
            });
            return null;
        });
        tap.codingReviews().forEach((encounterId, at) -> {
            if (!completedReviews.contains(encounterId) && complete(encounterId, at)) {
                completedReviews.add(encounterId);
                stopped++;
            }
        });
    }

    /** @return false while the encounter's POST answer is still being read (its schedule is not known yet) */
    private boolean complete(String encounterId, long completedAtMillis) {
        OpenLoopGenerator.Scheduled due = generator.scheduled(encounterId);
        if (due == null) {
            return false;
        }
        completionTimes.add(completedAtMillis);
        latenciesByStep.computeIfAbsent(due.step(), step -> new Latencies())
                .add(Math.max(0, completedAtMillis - due.dueMillis()));
        completedByStep.merge(due.step(), 1, Integer::sum);
        return true;
    }

    /** Encounters whose automated cycle stopped before adjudication (rejected, held, sent to coding review). */
    synchronized int stopped() {
        return stopped;
    }

    /** Encounters that completed within [fromMillis, toMillis). */
    synchronized int completedBetween(long fromMillis, long toMillis) {
        return (int) completionTimes.stream().filter(at -> at >= fromMillis && at < toMillis).count();
    }

    synchronized int completed() {
        return completionTimes.size();
    }

    synchronized int completedOfStep(int step) {
        return completedByStep.getOrDefault(step, 0);
    }

    synchronized Latencies latenciesOfStep(int step) {
        return latenciesByStep.getOrDefault(step, new Latencies()).copy();
    }

    /** How many transactions the tracker itself ran in patient-billing's database, to leave out of its count. */
    synchronized int inboxQueries() {
        return inboxQueries;
    }
}
