package org.openrcm.plumbing.testapp;

import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

/** Failures a test arranges for the events of one claim id, so tests running on one app do not disturb each other. */
@ApplicationScoped
public class Faults {

    public enum Kind {
        /** A serialization failure (SQLSTATE 40001). */
        CONTENTION,
        /** Agroal's acquisition timeout: an SQLException without SQLSTATE. */
        POOL_TIMEOUT,
        /** A bug in the handler, after its effect was written. */
        PERMANENT
    }

    private record Fault(Kind kind, AtomicInteger remaining) {
    }

    private final Map<String, Fault> byClaim = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    /** The next {@code times} attempts at events of {@code claimId} fail with {@code kind}. */
    public void arrange(String claimId, Kind kind, int times) {
        byClaim.put(claimId, new Fault(kind, new AtomicInteger(times)));
    }

    public int attempts(String claimId) {
        return attempts.getOrDefault(claimId, new AtomicInteger()).get();
    }

    void afterEffect(String claimId) {
        attempts.computeIfAbsent(claimId, id -> new AtomicInteger()).incrementAndGet();
        Fault fault = byClaim.get(claimId);
        if (fault == null || fault.remaining().getAndDecrement() <= 0) {
            return;
        }
        switch (fault.kind()) {
            case CONTENTION -> throw new IllegalStateException("handler failed",
                    new SQLException("could not serialize access", "40001"));
            case POOL_TIMEOUT -> throw new IllegalStateException("handler failed",
                    new SQLException("Sorry, acquisition timeout!"));
            case PERMANENT -> throw new IllegalStateException("Handler bug for claim " + claimId);
        }
    }
}
