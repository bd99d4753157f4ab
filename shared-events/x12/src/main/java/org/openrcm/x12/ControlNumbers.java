package org.openrcm.x12;

/**
 * Port handing out interchange (ISA13/IEA02) and group (GS06/GE02) control numbers per sender/receiver pair.
 * Implementations persist what they hand out so that a number is never reused for the pair (claims-service keeps them
 * in its database); {@link InMemoryControlNumbers} serves tests, the simulator and the benchmark.
 */
public interface ControlNumbers {

  /** The next ISA13 for this ISA06/ISA08 pair, 1..999,999,999. */
  long nextInterchange(String senderId, String receiverId);

  /** The next GS06 for this GS02/GS03 (application sender/receiver code) pair, 1..999,999,999. */
  long nextGroup(String senderId, String receiverId);
}
