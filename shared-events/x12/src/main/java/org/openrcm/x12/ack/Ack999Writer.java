package org.openrcm.x12.ack;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.openrcm.x12.ControlNumbers;
import org.openrcm.x12.OutboundEnvelope;
import org.openrcm.x12.WrittenInterchange;
import org.openrcm.x12.X12ReadResult;

/**
 * Writes 999 005010X231A1 interchanges (one ST per acknowledged functional group), validated before they are
 * returned. {@link #answer} builds the acknowledgment of a group that was read, errors included.
 */
public final class Ack999Writer {

  private final ControlNumbers controlNumbers;
  private final Clock clock;

  public Ack999Writer(ControlNumbers controlNumbers, Clock clock) {
    this.controlNumbers = Objects.requireNonNull(controlNumbers, "controlNumbers");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * The 999 answering a functional group that was read (e.g. by {@code Claim837Reader}): one AK2/IK5 per
   * transaction set, its ERROR issues as IK3/IK4 (deviations are not reported), and the AK9.
   */
  public static Ack999 answer(X12ReadResult.FunctionalGroup<?> group) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /**
   * Writes one interchange with one functional group ({@code FA}) holding one 999 per acknowledgment.
   *
   * @throws org.openrcm.x12.X12ValidationException when the output breaks the guide
   */
  public WrittenInterchange write(OutboundEnvelope envelope, List<Ack999> acknowledgments) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
