package org.openrcm.deploy.stack.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.openrcm.deploy.stack.DemoEncounter;
import org.openrcm.deploy.stack.DemoWorkload;

/**
 * Offers encounters at a steady rate while faults come and go, as an EHR feed would: a request that fails (coding
 * was killed, its database frozen) is sent again until it is taken, which the intake's idempotency by external id
 * makes safe.
 */
final class SteadyIntake {

    private static final int IN_FLIGHT = 32;
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);
    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(10);

    private final DemoWorkload workload;
    private final int rate;
    private final AtomicInteger retries = new AtomicInteger();
    private final AtomicInteger taken = new AtomicInteger();

    SteadyIntake(DemoWorkload workload, int rate) {
        this.workload = workload;
        this.rate = rate;
    }

    /** Starts offering on a thread of its own; completes when every encounter was taken in. */
    CompletableFuture<Void> start(List<DemoEncounter> encounters) {
        ExecutorService senders = Executors.newFixedThreadPool(IN_FLIGHT);
        return CompletableFuture.runAsync(() -> {
            List<CompletableFuture<Void>> sendings = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < encounters.size(); i++) {
                long wait = start + i * 1_000_000_000L / rate - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                DemoEncounter encounter = encounters.get(i);
                sendings.add(CompletableFuture.runAsync(() -> send(encounter), senders));
            }
            CompletableFuture.allOf(sendings.toArray(CompletableFuture[]::new)).join();
        }).whenComplete((done, failure) -> senders.shutdownNow());
    }

    private void send(DemoEncounter encounter) {
        long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        while (true) {
            try {
                workload.postEncounter(encounter);
                taken.incrementAndGet();
                return;
            } catch (RuntimeException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("An encounter was not taken in within "
                            + GIVE_UP_AFTER.toMinutes() + " min: " + e.getMessage(), e);
                }
                retries.incrementAndGet();
                LockSupport.parkNanos(RETRY_AFTER.toNanos());
            }
        }
    }

    /** Requests sent again after a failure, so far. */
    int retries() {
        return retries.get();
    }

    /** Encounters taken in (201 or 200), so far. */
    int taken() {
        return taken.get();
    }
}
