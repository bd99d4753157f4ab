package org.openrcm.simulator;

import java.time.Duration;

/**
 * Exponential back-off for deliveries to services, which may be restarting: the first retry after
 * {@code initialDelay}, each later one after twice the previous delay, at most {@code maxDelay}.
 */
public record RetryPolicy(Duration initialDelay, Duration maxDelay, int maxAttempts) {

    /** About a minute of retries, long enough for a service to restart. */
    public static final RetryPolicy STANDARD = new RetryPolicy(Duration.ofMillis(250), Duration.ofSeconds(10), 12);

    /** The wait before the attempt after {@code failedAttempts} failed ones. */
    public Duration delayAfter(int failedAttempts) {
        Duration delay = initialDelay.multipliedBy(1L << Math.min(failedAttempts - 1, 20));
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
