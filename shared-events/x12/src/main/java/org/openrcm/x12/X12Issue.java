package org.openrcm.x12;

import java.util.Objects;

/**
 * One validation problem found while reading or writing X12, located the way a 999 would locate it.
 *
 * @param severity                     {@link Severity#ERROR} breaks the implementation guide (a receiver would reject
 *                                     the transaction set); {@link Severity#DEVIATION} is off-guide but was read
 *                                     unambiguously and is only recorded
 * @param transactionSetControlNumber ST02 of the transaction set, {@code null} for envelope or file level problems
 *                                     and for pre-checks of a claim not written yet
 * @param segmentPosition              position of the segment within the transaction set counted from ST = 1
 *                                     (0 when not known, e.g. an envelope segment or a pre-check)
 * @param segmentId                    segment id, e.g. {@code CLM}; {@code null} when the problem is not about one
 *                                     segment
 * @param loopId                       implementation loop id, e.g. {@code 2300}; {@code null} when not in a loop
 * @param elementPosition              element position within the segment (1-based), 0 when not about an element
 * @param componentPosition            component position within a composite (1-based), 0 when not about a component
 * @param code                         the 999 code: an IK3 segment syntax error code (e.g. {@code 3} required segment
 *                                     missing, {@code 8} segment has data element errors, {@code I6} implementation
 *                                     dependent segment missing) when {@code elementPosition} is 0, otherwise an IK4
 *                                     element syntax error code (e.g. {@code 1} required element missing, {@code 7}
 *                                     invalid code value, {@code I12} implementation pattern match failure); envelope
 *                                     problems use the IK5/AK9/TA1 codes ({@code 4}/{@code 5} count mismatch of
 *                                     SE/GE, {@code 3}/{@code 4} control number mismatch of SE/GE, {@code 021} and
 *                                     {@code 001} of IEA, {@code 2} unexpected version or missing trailer); a file
 *                                     that is not X12 has {@code X12}; an 835 imbalance has {@code BAL}
 * @param message                      readable text, never containing PHI beyond the offending value of a code
 */
public record X12Issue(
    Severity severity,
    String transactionSetControlNumber,
    int segmentPosition,
    String segmentId,
    String loopId,
    int elementPosition,
    int componentPosition,
    String code,
    String message) {

  /** How bad an issue is. */
  public enum Severity {
    /** Breaks the implementation guide: the transaction set would be rejected. */
    ERROR,
    /** Off-guide but read unambiguously: recorded, the data is still used. */
    DEVIATION
  }

  public X12Issue {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /** An error about a segment (IK3 code), or about an element when {@code elementPosition > 0} (IK4 code). */
  public static X12Issue error(String setControlNumber, int segmentPosition, String segmentId, String loopId,
      int elementPosition, int componentPosition, String code, String message) {
    return new X12Issue(Severity.ERROR, setControlNumber, segmentPosition, segmentId, loopId, elementPosition,
        componentPosition, code, message);
  }

  /** A deviation about a segment or element (same coordinates as {@link #error}). */
  public static X12Issue deviation(String setControlNumber, int segmentPosition, String segmentId, String loopId,
      int elementPosition, int componentPosition, String code, String message) {
    return new X12Issue(Severity.DEVIATION, setControlNumber, segmentPosition, segmentId, loopId, elementPosition,
        componentPosition, code, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** This issue with another severity (used where leniency downgrades an error to a recorded deviation). */
  public X12Issue withSeverity(Severity other) {
    return new X12Issue(other, transactionSetControlNumber, segmentPosition, segmentId, loopId, elementPosition,
        componentPosition, code, message);
  }

  /** This issue placed in a transaction set, for pre-check issues that get a set control number later. */
  public X12Issue inTransactionSet(String setControlNumber) {
    return new X12Issue(severity, setControlNumber, segmentPosition, segmentId, loopId, elementPosition,
        componentPosition, code, message);
  }

  /** Where the issue is, as text, e.g. {@code ST 0001, segment 12 CLM05-3 (loop 2300)}. */
  public String location() {
    StringBuilder text = new StringBuilder();
    if (transactionSetControlNumber != null) {
      text.append("ST ").append(transactionSetControlNumber);
    }
    if (segmentPosition > 0) {
      if (text.length() > 0) {
        text.append(", ");
      }
      text.append("segment ").append(segmentPosition);
    }
    if (segmentId != null) {
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(segmentId);
      if (elementPosition > 0) {
        text.append(String.format("%02d", elementPosition));
        if (componentPosition > 0) {
          text.append('-').append(componentPosition);
        }
      }
    }
    if (loopId != null) {
      text.append(text.length() > 0 ? " " : "").append("(loop ").append(loopId).append(')');
    }
    return text.length() == 0 ? "file" : text.toString();
  }

  @Override
  public String toString() {
    return severity + " " + location() + " [" + code + "]: " + message;
  }
}
