package org.openrcm.x12.remit;

import java.io.InputStream;
import org.openrcm.x12.X12ReadResult;

/**
 * Reads 835 005010X221A1 files leniently (any delimiters, several interchanges/sets, count errors and a wrong GS08
 * as deviations); every object carries the segment position it came from. Balancing is checked separately
 * ({@link RemittanceBalance}). Never throws for bad content. Thread-safe.
 */
public final class Remittance835Reader {

  /** Reads a whole file. */
  public X12ReadResult<Remittance835> read(byte[] content) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** Reads a stream to its end (the caller closes it). */
  public X12ReadResult<Remittance835> read(InputStream content) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
