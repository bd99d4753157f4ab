package org.openrcm.x12.claim;

import java.io.InputStream;
import org.openrcm.x12.X12ReadResult;

/**
 * Reads 837P 005010X222A1 files leniently into the same model the writer takes, validating against our schema and
 * the {@link Claim837Rules}; every problem is an issue with its location. Never throws for bad content. Thread-safe.
 */
public final class Claim837Reader {

  /** Reads a whole file. */
  public X12ReadResult<Claim837Transaction> read(byte[] content) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** Reads a stream to its end (the caller closes it). */
  public X12ReadResult<Claim837Transaction> read(InputStream content) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
