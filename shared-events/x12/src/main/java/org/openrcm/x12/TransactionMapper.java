package org.openrcm.x12;

import io.xlate.edi.schema.Schema;
import java.util.List;

/**
 * What a typed reader tells {@link X12Parser}: which transaction it reads, against which schema, how strictly, how
 * to name its loops, and how to map a transaction set's segments to its model.
 *
 * @param <T> the content of one transaction set
 */
public interface TransactionMapper<T> {

  /** ST01, e.g. {@code 837}. */
  String transactionSetId();

  /** GS08/ST03 expected, e.g. {@code 005010X222A1}; another value is read anyway and recorded as a deviation. */
  String implementationVersion();

  /** The StAEDI schema of the transaction set (see {@link Schemas}). */
  Schema schema();

  /**
   * True when every schema violation is an ERROR (what we validate for sending, and 837s we receive); false to
   * record element-level schema violations as DEVIATIONs and let {@link #map} raise an ERROR only for what it cannot
   * use (lenient reading of acknowledgments and remittances).
   */
  boolean strict();

  /**
   * The implementation loop id for a standard loop given its first segment and the id given to the enclosing loop,
   * e.g. {@code 2000} with {@code HL03 = 22} gives {@code 2000B}; return {@code loopCode} when nothing finer applies.
   */
  String loopId(String loopCode, Segment first, String parentLoopId);

  /**
   * Maps the body segments (BHT or first segment .. last before SE) of one set.
   *
   * @return the content, or {@code null} when it cannot be read unambiguously (then an ERROR is reported to
   *     {@code issues})
   */
  T map(List<Segment> segments, IssueSink issues);
}
