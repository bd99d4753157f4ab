package org.openrcm.x12;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/** Tells which transaction a file holds (its first ST01 and GS08) without validating it, to pick the typed reader. */
public final class X12Probe {

  private static final EDIInputFactory INPUT = EDIInputFactory.newFactory();

  /**
   * What the probe found.
   *
   * @param transactionSetId ST01 of the first set, {@code null} when none
   * @param version          GS08 of the first group, {@code null} when none
   * @param problem          why the file is not X12, {@code null} when it is
   */
  public record Result(String transactionSetId, String version, String problem) {
  }

  private X12Probe() {
  }

  public static Result probe(byte[] content) {
    Result result = probe(content, 0);
    if (result.problem() != null) {
      // the readers skip text before the first ISA; so does the probe
      int isa = X12Parser.nextInterchange(content, 1);
      if (isa > 0) {
        Result later = probe(content, isa);
        return later.problem() == null ? later : result;
      }
    }
    return result;
  }

  private static Result probe(byte[] content, int offset) {
    Schemas.control();
    String version = null;
    try (EDIStreamReader reader = INPUT.createEDIStreamReader(
        new ByteArrayInputStream(content, offset, content.length - offset))) {
      String segment = null;
      while (reader.hasNext()) {
        EDIStreamEvent event = reader.next();
        if (event == EDIStreamEvent.START_SEGMENT) {
          segment = reader.getLocation().getSegmentTag();
        } else if (event == EDIStreamEvent.ELEMENT_DATA) {
          int position = reader.getLocation().getElementPosition();
          if ("GS".equals(segment) && position == 8 && version == null) {
            version = reader.getText();
          } else if ("ST".equals(segment) && position == 1) {
            return new Result(reader.getText(), version, null);
          }
        }
      }
      return new Result(null, version, version == null ? "no X12 interchange found" : null);
    } catch (EDIStreamException | RuntimeException e) {
      return new Result(null, version, "not an X12 file: " + e.getMessage());
    } catch (IOException e) {
      return new Result(null, version, e.getMessage());
    }
  }
}
