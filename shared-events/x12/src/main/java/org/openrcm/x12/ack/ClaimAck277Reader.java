package org.openrcm.x12.ack;

import java.io.InputStream;
import org.openrcm.x12.X12ReadResult;

/** Reads 277CA 005010X214 files leniently; never throws for bad content. Thread-safe. */
public final class ClaimAck277Reader {

  /** Reads a whole file. */
  public X12ReadResult<ClaimAck277> read(byte[] content) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** Reads a stream to its end (the caller closes it). */
  public X12ReadResult<ClaimAck277> read(InputStream content) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
