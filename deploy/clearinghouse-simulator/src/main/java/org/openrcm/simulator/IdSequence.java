package org.openrcm.simulator;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Unique references such as payer claim numbers and EFT trace numbers: a prefix, this run's start time in base 36
 * (so a restarted simulator does not repeat an earlier run's numbers) and a counter.
 */
public final class IdSequence implements Supplier<String> {

    private final String prefix;
    private final AtomicLong counter = new AtomicLong();

    public IdSequence(String prefix, long runStartMillis) {
        this.prefix = prefix + Long.toString(runStartMillis, 36).toUpperCase(Locale.ROOT);
    }

    @Override
    public String get() {
        return prefix + String.format("%06d", counter.incrementAndGet());
    }
}
