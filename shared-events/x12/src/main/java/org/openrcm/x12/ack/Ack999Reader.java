package org.openrcm.x12.ack;

import io.xlate.edi.schema.Schema;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.openrcm.x12.IssueSink;
import org.openrcm.x12.Schemas;
import org.openrcm.x12.Segment;
import org.openrcm.x12.TransactionMapper;
import org.openrcm.x12.X12Parser;
import org.openrcm.x12.X12ReadResult;

/**
 * Reads 999 005010X231A1 files leniently: schema violations are deviations; a set without AK1, AK9 or a readable
 * IK5 for each AK2 is an error. Never throws for bad content. Thread-safe.
 */
public final class Ack999Reader {

  /** GS08 and ST03 of a 999. */
  public static final String VERSION = "005010X231A1";

  private static final Mapper MAPPER = new Mapper();

  /** Reads a whole file. */
  public X12ReadResult<Ack999> read(byte[] content) {
    return X12Parser.read(content, MAPPER);
  }

  /** Reads a stream to its end (the caller closes it). */
  public X12ReadResult<Ack999> read(InputStream content) {
    return X12Parser.read(content, MAPPER);
  }

  static X12ReadResult<Ack999> readStrictly(byte[] content) {
    return X12Parser.read(content, new Mapper(true));
  }

  private static final class Mapper implements TransactionMapper<Ack999> {
    private final boolean strict;

    Mapper() {
      this(false);
    }

    Mapper(boolean strict) {
      this.strict = strict;
    }

    @Override
    public String transactionSetId() {
      return "999";
    }

    @Override
    public String implementationVersion() {
      return VERSION;
    }

    @Override
    public Schema schema() {
      return Schemas.transaction(Schemas.ACK_999);
    }

    @Override
    public boolean strict() {
      return strict;
    }

    @Override
    public String loopId(String loopCode, Segment first, String parentLoopId) {
      return loopCode;
    }

    @Override
    public Ack999 map(List<Segment> segments, IssueSink issues) {
      Segment ak1 = null;
      Segment ak9 = null;
      List<Ack999.SetResponse> responses = new ArrayList<>();
      Segment ak2 = null;
      List<Ack999.SegmentError> segmentErrors = new ArrayList<>();
      Segment ik3 = null;
      List<Ack999.ElementError> elementErrors = new ArrayList<>();
      for (Segment s : segments) {
        switch (s.id()) {
          case "AK1" -> ak1 = s;
          case "AK2" -> {
            if (ak2 != null) {
              issues.error(ak2, 0, 0, "3", "AK2 for set " + ak2.element(2) + " has no IK5");
            }
            ak2 = s;
            segmentErrors = new ArrayList<>();
          }
          case "IK3" -> {
            closeSegmentError(ik3, elementErrors, segmentErrors);
            ik3 = s;
            elementErrors = new ArrayList<>();
          }
          case "IK4" -> elementErrors.add(new Ack999.ElementError(number(s.component(1, 1)),
              number(s.component(1, 2)), s.element(2), s.element(3), s.element(4)));
          case "IK5" -> {
            closeSegmentError(ik3, elementErrors, segmentErrors);
            ik3 = null;
            elementErrors = new ArrayList<>();
            Ack999.AckCode code = ackCode(s.element(1));
            if (code == null) {
              issues.error(s, 1, 0, "7", "IK501 must be A, E, M, R, W or X");
            }
            if (ak2 == null) {
              issues.error(s, 0, 0, "2", "IK5 without AK2");
            } else {
              List<String> codes = new ArrayList<>();
              for (int i = 2; i <= 6; i++) {
                if (s.element(i) != null) {
                  codes.add(s.element(i));
                }
              }
              responses.add(new Ack999.SetResponse(ak2.element(1), ak2.element(2), ak2.element(3), segmentErrors,
                  code, codes, ak2.position()));
            }
            ak2 = null;
          }
          case "AK9" -> ak9 = s;
          default -> {
            // CTX context segments are not part of our model
          }
        }
      }
      if (ak2 != null) {
        issues.error(ak2, 0, 0, "3", "AK2 for set " + ak2.element(2) + " has no IK5");
      }
      if (ak1 == null) {
        issues.missing(null, "AK1", null, "AK1 (the acknowledged group) is required");
      }
      if (ak9 == null) {
        issues.missing(null, "AK9", null, "AK9 (the group response) is required");
      }
      if (ak1 == null || ak9 == null) {
        return null;
      }
      List<String> groupCodes = new ArrayList<>();
      for (int i = 5; i <= 9; i++) {
        if (ak9.element(i) != null) {
          groupCodes.add(ak9.element(i));
        }
      }
      return new Ack999(ak1.element(1), ak1.element(2), ak1.element(3), responses,
          new Ack999.GroupResponse(ak9.element(1), number(ak9.element(2)), number(ak9.element(3)),
              number(ak9.element(4)), groupCodes));
    }

    private static void closeSegmentError(Segment ik3, List<Ack999.ElementError> elementErrors,
        List<Ack999.SegmentError> segmentErrors) {
      if (ik3 != null) {
        segmentErrors.add(new Ack999.SegmentError(ik3.element(1), number(ik3.element(2)), ik3.element(3),
            ik3.element(4), elementErrors));
      }
    }

    private static Ack999.AckCode ackCode(String value) {
      for (Ack999.AckCode code : Ack999.AckCode.values()) {
        if (code.name().equals(value)) {
          return code;
        }
      }
      return null;
    }

    private static int number(String value) {
      if (value == null) {
        return 0;
      }
      try {
        return Integer.parseInt(value.trim());
      } catch (NumberFormatException e) {
        return 0;
      }
    }
  }
}
