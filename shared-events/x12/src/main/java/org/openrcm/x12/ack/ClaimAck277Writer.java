package org.openrcm.x12.ack;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.openrcm.x12.ControlNumbers;
import org.openrcm.x12.OutboundEnvelope;
import org.openrcm.x12.WrittenInterchange;

/** Writes 277CA 005010X214 interchanges (one ST per {@link ClaimAck277}), validated before they are returned. */
public final class ClaimAck277Writer {

  private final ControlNumbers controlNumbers;
  private final Clock clock;

  public ClaimAck277Writer(ControlNumbers controlNumbers, Clock clock) {
    this.controlNumbers = Objects.requireNonNull(controlNumbers, "controlNumbers");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Writes one interchange with one functional group ({@code HN}).
   *
   * @throws org.openrcm.x12.X12ValidationException when the output breaks the guide
   */
  public WrittenInterchange write(OutboundEnvelope envelope, List<ClaimAck277> acknowledgments) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
