package org.openrcm.x12;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** {@link ControlNumbers} kept in memory, for tests, the simulator and the benchmark (not persisted). */
public final class InMemoryControlNumbers implements ControlNumbers {

  private final Map<String, AtomicLong> interchanges = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> groups = new ConcurrentHashMap<>();
  private final long start;

  /** Numbers start at 1. */
  public InMemoryControlNumbers() {
    this(1);
  }

  /** Numbers start at {@code start} for every pair (a simulator run can start high to avoid looking like another). */
  public InMemoryControlNumbers(long start) {
    this.start = start;
  }

  @Override
  public long nextInterchange(String senderId, String receiverId) {
    return next(interchanges, senderId, receiverId);
  }

  @Override
  public long nextGroup(String senderId, String receiverId) {
    return next(groups, senderId, receiverId);
  }

  private long next(Map<String, AtomicLong> counters, String senderId, String receiverId) {
    long value = counters.computeIfAbsent(senderId + '\u0000' + receiverId, key -> new AtomicLong(start))
        .getAndIncrement();
    return (value - 1) % 999_999_999L + 1;
  }
}
