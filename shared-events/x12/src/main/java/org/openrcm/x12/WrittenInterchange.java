package org.openrcm.x12;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What a writer produced: the validated file content and the control numbers it used (claims-service keeps ISA13,
 * GS06 and ST02 per submission; the 999 and 277CA refer to them).
 *
 * @param content                      the X12 file, ASCII, one segment per line
 * @param interchange                  the ISA written
 * @param group                        the GS written
 * @param transactionSetControlNumbers ST02 of each transaction set, in the order written
 */
public record WrittenInterchange(
    byte[] content,
    InterchangeEnvelope interchange,
    GroupEnvelope group,
    List<String> transactionSetControlNumbers) {

  public WrittenInterchange {
    transactionSetControlNumbers = List.copyOf(transactionSetControlNumbers);
  }

  /** The file content as text. */
  public String text() {
    return new String(content, StandardCharsets.US_ASCII);
  }
}
