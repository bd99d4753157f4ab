package org.openrcm.x12.remit;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.openrcm.x12.ControlNumbers;
import org.openrcm.x12.OutboundEnvelope;
import org.openrcm.x12.WrittenInterchange;

/** Writes 835 005010X221A1 interchanges (one ST per {@link Remittance835}), validated before they are returned. */
public final class Remittance835Writer {

  private final ControlNumbers controlNumbers;
  private final Clock clock;

  public Remittance835Writer(ControlNumbers controlNumbers, Clock clock) {
    this.controlNumbers = Objects.requireNonNull(controlNumbers, "controlNumbers");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Writes one interchange with one functional group ({@code HP}).
   *
   * @throws org.openrcm.x12.X12ValidationException when the output breaks the guide
   */
  public WrittenInterchange write(OutboundEnvelope envelope, List<Remittance835> remittances) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
