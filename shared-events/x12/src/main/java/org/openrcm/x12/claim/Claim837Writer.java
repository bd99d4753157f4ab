package org.openrcm.x12.claim;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.openrcm.x12.ControlNumbers;
import org.openrcm.x12.OutboundEnvelope;
import org.openrcm.x12.WrittenInterchange;
import org.openrcm.x12.X12ValidationException;

/**
 * Writes 837P 005010X222A1 interchanges: one ISA/GS per call, one ST per {@link Claim837Transaction}. Every file is
 * read back with {@link Claim837Reader} and checked with {@link Claim837Rules} before it is returned. Check claims
 * with {@link Claim837Rules#check(Claim837)} first to hold a bad claim with its reason and send the rest.
 * Thread-safe when the {@link ControlNumbers} is.
 */
public final class Claim837Writer {

  private final ControlNumbers controlNumbers;
  private final Clock clock;

  public Claim837Writer(ControlNumbers controlNumbers, Clock clock) {
    this.controlNumbers = Objects.requireNonNull(controlNumbers, "controlNumbers");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Writes one interchange with one transaction set.
   *
   * @throws X12ValidationException when the output breaks the guide (every issue listed); nothing is returned then,
   *                                but the control numbers taken are used up
   */
  public WrittenInterchange write(OutboundEnvelope envelope, Claim837Transaction transaction) {
    return write(envelope, List.of(transaction));
  }

  /**
   * Writes one interchange with one functional group and one transaction set per element of {@code transactions}
   * (ST02 0001, 0002, ...).
   *
   * @throws X12ValidationException when the output breaks the guide
   */
  public WrittenInterchange write(OutboundEnvelope envelope, List<Claim837Transaction> transactions) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
