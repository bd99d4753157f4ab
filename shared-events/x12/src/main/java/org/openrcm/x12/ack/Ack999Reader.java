package org.openrcm.x12.ack;

import java.io.InputStream;
import org.openrcm.x12.X12ReadResult;

/** Reads 999 005010X231A1 files leniently; never throws for bad content. Thread-safe. */
public final class Ack999Reader {

  /** Reads a whole file. */
  public X12ReadResult<Ack999> read(byte[] content) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** Reads a stream to its end (the caller closes it). */
  public X12ReadResult<Ack999> read(InputStream content) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
