package org.openrcm.x12;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openrcm.x12.ack.Ack999;
import org.openrcm.x12.ack.ClaimAck277;
import org.openrcm.x12.ack.ClaimAck277Reader;
import org.openrcm.x12.claim.Claim837Reader;
import org.openrcm.x12.claim.Claim837Transaction;
import org.openrcm.x12.remit.Remittance835;
import org.openrcm.x12.remit.Remittance835Reader;

/** Lenient reading of real-world files: delimiters, layout, envelopes and what becomes an error or a deviation. */
class X12ParserTest {

  private final Claim837Reader claims = new Claim837Reader();
  private final Remittance835Reader remittances = new Remittance835Reader();

  @Test
  void readsAnyDelimitersDeclaredInTheIsaWithoutLineBreaks() {
    X12ReadResult<Claim837Transaction> read = claims.read(Samples.bytes("837P-pipes-no-line-breaks.x12"));

    assertThat(read.allIssues()).isEmpty();
    assertThat(read.interchanges().get(0).envelope().delimiters()).isEqualTo(new Delimiters('~', '|', '>', '^'));
    assertThat(read.contents().get(0).claims()).hasSize(3);
    assertThat(read.contents().get(0).claims().get(0).serviceLines().get(0).diagnosisPointers())
        .containsExactly(1, 2);
  }

  @Test
  void readsSeveralInterchangesInOneFile() {
    X12ReadResult<Remittance835> read = remittances.read(Samples.bytes("835-pipes-two-interchanges.x12"));

    assertThat(read.interchanges()).extracting(i -> i.envelope().controlNumber())
        .containsExactly("000000201", "000000202");
    assertThat(read.transactionSets()).hasSize(2).allMatch(X12ReadResult.TransactionSet::accepted);
    assertThat(read.contents()).extracting(r -> r.trace().traceNumber()).containsExactly("EFT20261205001",
        "CHK778899");
  }

  @Test
  void aSegmentCountErrorIsADeviationLocatedAtTheSe() {
    X12ReadResult<Remittance835> read = remittances.read(Samples.bytes("835-pipes-two-interchanges.x12"));

    X12ReadResult.TransactionSet<Remittance835> second = read.transactionSets().get(1);
    assertThat(second.issues()).singleElement().satisfies(issue -> {
      assertThat(issue.severity()).isEqualTo(X12Issue.Severity.DEVIATION);
      assertThat(issue.segmentId()).isEqualTo("SE");
      assertThat(issue.segmentPosition()).isEqualTo(16);
      assertThat(issue.elementPosition()).isEqualTo(1);
      assertThat(issue.code()).isEqualTo("4");
    });
    assertThat(second.content().claims()).hasSize(2);
  }

  @Test
  void aWrongGs08IsADeviationAndTheGroupIsReadWithOurSchema() {
    X12ReadResult<Remittance835> read = remittances.read(Samples.bytes("835-pipes-two-interchanges.x12"));

    X12ReadResult.FunctionalGroup<Remittance835> group = read.interchanges().get(1).groups().get(0);
    assertThat(group.envelope().version()).isEqualTo("004010X091A1");
    assertThat(group.issues()).singleElement().satisfies(issue -> {
      assertThat(issue.severity()).isEqualTo(X12Issue.Severity.DEVIATION);
      assertThat(issue.location()).isEqualTo("GS08");
    });
    assertThat(read.hasErrors()).isFalse();
  }

  @Test
  void aGroupCountErrorIsADeviation() {
    X12ReadResult<ClaimAck277> read = new ClaimAck277Reader().read(Samples.bytes("277CA-wrong-version.x12"));

    assertThat(read.interchanges().get(0).groups().get(0).issues())
        .extracting(X12Issue::severity, X12Issue::segmentId, X12Issue::code)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(X12Issue.Severity.DEVIATION, "GS", "2"),
            org.assertj.core.groups.Tuple.tuple(X12Issue.Severity.DEVIATION, "GE", "5"));
    assertThat(read.contents().get(0).claims()).hasSize(2);
  }

  @Test
  void aControlNumberMismatchIsADeviation() {
    String file = new String(Samples.bytes("835-balanced.x12"), StandardCharsets.US_ASCII)
        .replace("SE*33*0001~", "SE*33*0009~");
    X12ReadResult<Remittance835> read = remittances.read(file.getBytes(StandardCharsets.US_ASCII));

    assertThat(read.transactionSets().get(0).issues()).singleElement()
        .extracting(X12Issue::severity, X12Issue::segmentId, X12Issue::elementPosition, X12Issue::code)
        .containsExactly(X12Issue.Severity.DEVIATION, "SE", 2, "3");
    assertThat(read.transactionSets().get(0).accepted()).isTrue();
  }

  @Test
  void aMalformedAmountFailsOnlyItsOwnTransactionSet() {
    X12ReadResult<Remittance835> read = remittances.read(Samples.bytes("835-malformed-amount.x12"));

    assertThat(read.transactionSets().get(0).accepted()).isTrue();
    X12ReadResult.TransactionSet<Remittance835> bad = read.transactionSets().get(1);
    assertThat(bad.accepted()).isFalse();
    assertThat(bad.issues()).filteredOn(X12Issue::isError).singleElement().satisfies(issue -> {
      assertThat(issue.location()).isEqualTo("ST 0002, segment 14 CLP04 (loop 2100)");
      assertThat(issue.code()).isEqualTo("6");
    });
  }

  @Test
  void aFileThatIsNotX12GivesAClearMessageAndNothingElse() {
    X12ReadResult<Remittance835> read = remittances.read(Samples.bytes("not-x12.txt"));

    assertThat(read.readable()).isFalse();
    assertThat(read.issues()).singleElement().satisfies(issue -> {
      assertThat(issue.isError()).isTrue();
      assertThat(issue.message()).startsWith("not an X12 file");
      assertThat(issue.location()).isEqualTo("file");
    });
    assertThat(remittances.read(new byte[0]).issues()).singleElement()
        .satisfies(issue -> assertThat(issue.message()).contains("empty"));
  }

  @Test
  void aTruncatedInterchangeIsAnErrorWhileTheCompleteOneBeforeItIsKept() {
    X12ReadResult<Claim837Transaction> read = claims.read(Samples.bytes("837P-rule-violations-and-truncated.x12"));

    assertThat(read.interchanges()).hasSize(2);
    X12ReadResult.TransactionSet<Claim837Transaction> cut = read.interchanges().get(1).groups().get(0)
        .transactionSets().get(0);
    assertThat(cut.content()).isNull();
    assertThat(cut.issues()).singleElement().satisfies(issue -> assertThat(issue.message()).contains("SE"));
    assertThat(read.interchanges().get(1).issues()).singleElement().satisfies(issue -> {
      assertThat(issue.isError()).isTrue();
      assertThat(issue.segmentId()).isEqualTo("ISA");
    });
    assertThat(read.interchanges().get(0).groups().get(0).transactionSets().get(0).content().claims()).hasSize(3);
  }

  @Test
  void schemaViolationsOfAStrictReaderCarryTheIk4CodeAndTheImplementationLoop() {
    X12ReadResult<Claim837Transaction> read = claims.read(Samples.bytes("837P-rule-violations-and-truncated.x12"));

    assertThat(read.transactionSets().get(0).issues())
        .filteredOn(issue -> issue.message().contains("invalid code value"))
        .singleElement().satisfies(issue -> {
          assertThat(issue.location()).isEqualTo("ST 0001, segment 13 SBR09 (loop 2000B)");
          assertThat(issue.code()).isEqualTo("7");
          assertThat(issue.message()).contains("'QQ'");
        });
  }

  @Test
  void aSetOfAnotherTransactionIsReportedNotRead() {
    X12ReadResult<Remittance835> read = remittances.read(Samples.bytes("999-partially-accepted.x12"));

    X12ReadResult.TransactionSet<Remittance835> set = read.transactionSets().get(0);
    assertThat(set.content()).isNull();
    assertThat(set.issues()).singleElement().satisfies(issue -> {
      assertThat(issue.code()).isEqualTo("1");
      assertThat(issue.message()).contains("999 is not a 835");
    });
  }

  @Test
  void theSameSetInAnotherFileHasTheSameFingerprint() {
    X12ReadResult<Remittance835> plain = remittances.read(Samples.bytes("835-balanced.x12"));
    X12ReadResult<Remittance835> pipes = remittances.read(Samples.bytes("835-pipes-two-interchanges.x12"));
    String changed = new String(Samples.bytes("835-balanced.x12"), StandardCharsets.US_ASCII)
        .replace("CLP*PCN1*4*100.00", "CLP*PCN2*4*100.00");

    String fingerprint = plain.transactionSets().get(0).fingerprint();
    assertThat(fingerprint).hasSize(64);
    assertThat(pipes.transactionSets().get(0).fingerprint()).isEqualTo(fingerprint);
    assertThat(pipes.transactionSets().get(1).fingerprint()).isNotEqualTo(fingerprint);
    assertThat(remittances.read(changed.getBytes(StandardCharsets.US_ASCII)).transactionSets().get(0).fingerprint())
        .isNotEqualTo(fingerprint);
  }

  @Test
  void afterAMalformedSegmentTheNextInterchangeIsStillRead() {
    X12ReadResult<Remittance835> read = remittances.read(
        Samples.bytes("835-malformed-segment-then-good-interchange.x12"));

    assertThat(read.interchanges()).hasSize(2);
    X12ReadResult.TransactionSet<Remittance835> broken = read.interchanges().get(0).groups().get(0)
        .transactionSets().get(0);
    assertThat(broken.content()).isNull();
    assertThat(broken.issues()).singleElement().satisfies(issue -> {
      assertThat(issue.isError()).isTrue();
      assertThat(issue.message()).contains("malformed data");
    });
    assertThat(read.interchanges().get(1).groups().get(0).transactionSets().get(0).accepted()).isTrue();
  }

  @Test
  void readsSeveralGroupsWithCrLfLineBreaksAndRecordsAnUnknownSegment() {
    X12ReadResult<Remittance835> read = remittances.read(
        Samples.bytes("835-two-groups-crlf-unknown-segment.x12"));

    assertThat(read.interchanges()).singleElement().satisfies(i -> assertThat(i.groups())
        .extracting(g -> g.envelope().controlNumber()).containsExactly("101", "102"));
    assertThat(read.contents()).hasSize(2).allSatisfy(r -> assertThat(r.claims()).hasSize(2));
    assertThat(read.allIssues()).singleElement().satisfies(issue -> {
      assertThat(issue.severity()).isEqualTo(X12Issue.Severity.DEVIATION);
      assertThat(issue.segmentId()).isEqualTo("ZZZ");
      assertThat(issue.segmentPosition()).isEqualTo(14);
      assertThat(issue.code()).isEqualTo("6");
    });
  }

  @Test
  void theEnvelopeIsRead() {
    X12ReadResult<Ack999> read = new org.openrcm.x12.ack.Ack999Reader().read(
        Samples.bytes("999-partially-accepted.x12"));

    InterchangeEnvelope isa = read.interchanges().get(0).envelope();
    assertThat(isa.senderId()).isEqualTo("CLEARHOUSE");
    assertThat(isa.receiverId()).isEqualTo("OPENRCM");
    assertThat(isa.usage()).isEqualTo(UsageIndicator.P);
    assertThat(isa.date()).isEqualTo(java.time.LocalDate.of(2026, 12, 4));
    GroupEnvelope gs = read.interchanges().get(0).groups().get(0).envelope();
    assertThat(gs.functionalIdCode()).isEqualTo("FA");
    assertThat(gs.controlNumber()).isEqualTo("501");
    assertThat(gs.version()).isEqualTo("005010X231A1");
  }
}
