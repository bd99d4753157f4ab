package org.openrcm.deploy.stack;

/**
 * What one arrival rate did.
 *
 * @param offeredRate        claims per second offered
 * @param sent               encounters taken in (201)
 * @param failed             encounter requests that failed or were not answered 201
 * @param completedInStep    encounters completed end to end while the step ran (any step's)
 * @param completedInGrace   of this step's encounters, those completed by the end of the grace period
 * @param seconds            how long the step ran
 */
record BenchStep(int offeredRate, int sent, int failed, int completedInStep, int completedInGrace, double seconds,
        long p50Millis, long p95Millis, long p99Millis) {

    /** The share of a step's encounters that must complete within the grace period for the step to count. */
    static final double KEPT_UP_SHARE = 0.99;
    /** Completions while the step ran, as a share of the offered rate, for the cycle to be keeping pace. */
    static final double PACE_SHARE = 0.9;

    /** Encounters completed end to end per second while the step ran. */
    double completedPerSecond() {
        return seconds <= 0 ? 0 : completedInStep / seconds;
    }

    /**
     * The cycle kept up: nearly every encounter of the step completed soon after the step, completions kept pace with
     * arrivals during it, and the intake refused nothing.
     */
    boolean keptUp() {
        return sent > 0 && failed == 0 && completedInGrace >= KEPT_UP_SHARE * sent
                && completedPerSecond() >= PACE_SHARE * offeredRate;
    }
}
