package org.openrcm.x12.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openrcm.x12.Samples;

class X12CommandTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return X12Command.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String output() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void inspectPrintsTypeEnvelopesSummaryAndNoIssueForAGoodFile() {
    int exit = run("inspect", Samples.path("837P-pipes-no-line-breaks.x12").toString());

    assertThat(exit).isZero();
    assertThat(output()).contains("ISA 000000001").contains("GS HC 1").contains("ST 837 0001  005010X222A1")
        .contains("837P: valid").contains("3 claim(s), total charge 391.00").contains("0 error(s), 0 deviation(s)");
  }

  @Test
  void inspectListsEveryIssueWithItsLocation() {
    int exit = run("inspect", Samples.path("837P-rule-violations-and-truncated.x12").toString());

    assertThat(exit).isZero();
    assertThat(output()).contains("ERROR ST 0001, segment 8 NM109 (loop 2010AA) [I12]")
        .contains("ERROR ST 0001, segment 19 CLM02 (loop 2300) [I12]").contains("not readable");
  }

  @Test
  void inspectSummarizesAcknowledgmentsAndRemittances() {
    int exit = run("inspect", Samples.path("999-partially-accepted.x12").toString(),
        Samples.path("277CA-wrong-version.x12").toString(), Samples.path("835-balanced.x12").toString(),
        Samples.path("835-unbalanced.x12").toString());

    assertThat(exit).isZero();
    assertThat(output()).contains("1 of 2 set(s) accepted, AK9 P; rejected: 0002 (R, 2 segment error(s))")
        .contains("PCN1  REJECTED  A7:562:85 \"ENTITY NPI INVALID\"")
        .contains("DEVIATION GS08 [2]")
        .contains("payer ACME HEALTH (ACME01), trace EFT20261205001, 2 claim(s), paid 90.00, PLB -1.25, BPR02 91.25 ACH,"
            + " balances")
        .contains("DOES NOT BALANCE").contains("(off by 3.75)");
  }

  @Test
  void aFileThatCannotBeReadExitsNonZeroWithoutAStackTrace() {
    int exit = run("inspect", Samples.path("835-balanced.x12").toString(), Samples.path("not-x12.txt").toString(),
        "/nonexistent/file.x12");

    assertThat(exit).isEqualTo(1);
    assertThat(output()).contains("cannot be read: not an X12 file").contains("cannot be read: no such file")
        .contains("balances").doesNotContain("\tat ").doesNotContain("Exception");
  }

  @Test
  void textBeforeTheFirstInterchangeIsShownAsADeviation(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path file = dir.resolve("prefixed.x12");
    java.nio.file.Files.writeString(file, "Downloaded from the payer portal\n"
        + java.nio.file.Files.readString(Samples.path("835-balanced.x12")));

    assertThat(run("inspect", file.toString())).isZero();
    assertThat(output()).contains("balances").contains("DEVIATION file [X12]: content before an interchange was skipped");
  }

  @Test
  void withoutArgumentsItPrintsTheUsage() {
    assertThat(run()).isEqualTo(2);
    assertThat(run("inspect")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: x12 inspect FILE...");
  }
}
