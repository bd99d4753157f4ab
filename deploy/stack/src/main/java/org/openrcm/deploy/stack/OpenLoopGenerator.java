package org.openrcm.deploy.stack;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.openrcm.events.EventJson;

/**
 * Offers encounters at a fixed arrival rate whatever the answers take (open loop: a slow answer does not delay the
 * next request, so queueing shows up as latency instead of hiding as a lower rate), and remembers when each taken-in
 * encounter was due, for latencies measured from the schedule rather than from when it happened to be sent.
 */
final class OpenLoopGenerator {

    /** Beyond this many unanswered requests the intake is not keeping up; further ones are counted as failed. */
    static final int MAX_OUTSTANDING = 4000;

    /** When an encounter was due and in which step. */
    record Scheduled(int step, long dueMillis) {
    }

    /** What a step's offering did. */
    record Offered(int sent, int failed) {
    }

    private final DemoWorkload workload;
    private final Map<String, Scheduled> scheduled = new ConcurrentHashMap<>();
    private final AtomicInteger outstanding = new AtomicInteger();
    private volatile String firstFailure;

    OpenLoopGenerator(DemoWorkload workload) {
        this.workload = workload;
    }

    /** Offers {@code encounters} at {@code rate} per second, then waits for their answers (up to 60 s). */
    Offered offer(List<DemoEncounter> encounters, int rate, int step) {
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long startNanos = System.nanoTime();
        long startMillis = System.currentTimeMillis();
        for (int i = 0; i < encounters.size(); i++) {
            long due = RateSchedule.dueNanos(i, rate);
            long wait = startNanos + due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            if (outstanding.get() >= MAX_OUTSTANDING) {
                failed.incrementAndGet();
                continue;
            }
            long dueMillis = startMillis + due / 1_000_000;
            outstanding.incrementAndGet();
            workload.postEncounterAsync(encounters.get(i)).whenComplete((response, failure) -> {
                outstanding.decrementAndGet();
                if (failure == null && response.statusCode() == 201) {
                    scheduled.put(encounterId(response.body()), new Scheduled(step, dueMillis));
                    sent.incrementAndGet();
                } else {
                    if (firstFailure == null) {
                        firstFailure = failure != null ? failure.toString()
                                : response.statusCode() + " " + response.body();
                    }
                    failed.incrementAndGet();
                }
            });
        }
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (outstanding.get() > 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(10_000_000);
        }
        return new Offered(sent.get(), failed.get() + outstanding.get());
    }

    /** @return when the encounter was due, or null for one this generator did not send (or not yet answered) */
    Scheduled scheduled(String encounterId) {
        return scheduled.get(encounterId);
    }

    /** The first failed request's answer or error, for the report; null when none failed. */
    String firstFailure() {
        return firstFailure;
    }

    private static String encounterId(String body) {
        try {
            return EventJson.mapper().readTree(body).path("encounterId").asText();
        } catch (IOException e) {
            throw new IllegalStateException("Unexpected answer to POST /encounters: " + body, e);
        }
    }
}
