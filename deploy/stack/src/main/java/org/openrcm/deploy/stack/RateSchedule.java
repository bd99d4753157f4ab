package org.openrcm.deploy.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The arrival rates the bench offers, lowest first: the start rate, then the usual steps above it (100 claims/s is
 * always one, for the latency the issue asks about), up to the maximum.
 */
final class RateSchedule {

    static final int[] LADDER = {5, 10, 25, 50, 75, 100, 150, 200, 250, 300, 400, 500, 750, 1000, 1500, 2000};

    private RateSchedule() {
    }

    /** @return claims per second to offer, ascending, from {@code start} to at most {@code max} */
    static List<Integer> rates(int start, int max) {
        List<Integer> rates = new ArrayList<>();
        rates.add(start);
        IntStream.of(LADDER).filter(rate -> rate > start && rate <= max).forEach(rates::add);
        return rates;
    }

    /**
     * When the {@code index}-th request of a step offered at {@code rate} per second is due, in nanoseconds from the
     * step's start: evenly spaced, whatever happened to the requests before it (open loop).
     */
    static long dueNanos(int index, int rate) {
        return Math.round(index * 1e9 / rate);
    }
}
