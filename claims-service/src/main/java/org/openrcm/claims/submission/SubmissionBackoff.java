package org.openrcm.claims.submission;

import java.time.Duration;

/** Exponential back-off between attempts to send a batch: initial, doubled after each failure, capped. */
public record SubmissionBackoff(Duration initial, Duration max) {

    /** The wait after the given number of consecutive failed attempts (1 or more). */
    public Duration after(int failedAttempts) {
        Duration delay = initial;
        for (int i = 1; i < failedAttempts && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
