package org.openrcm.deploy.stack;

import java.util.Arrays;

/** Latencies in milliseconds, and their percentiles by nearest rank. Not thread-safe. */
final class Latencies {

    private long[] millis = new long[1024];
    private int count;

    void add(long latencyMillis) {
        if (count == millis.length) {
            millis = Arrays.copyOf(millis, count * 2);
        }
        millis[count++] = latencyMillis;
    }

    Latencies copy() {
        Latencies copy = new Latencies();
        copy.millis = Arrays.copyOf(millis, Math.max(count, 1));
        copy.count = count;
        return copy;
    }

    int count() {
        return count;
    }

    /**
     * @param percent 0 < percent <= 100
     * @return the smallest latency that at least {@code percent}% of the latencies are at most; -1 without any
     */
    long percentile(double percent) {
        if (percent <= 0 || percent > 100) {
            throw new IllegalArgumentException("A percentile is above 0 and at most 100: " + percent);
        }
        if (count == 0) {
            return -1;
        }
        long[] sorted = Arrays.copyOf(millis, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100 * count);
        return sorted[Math.max(rank, 1) - 1];
    }
}
