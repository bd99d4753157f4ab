package org.openrcm.x12.ack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openrcm.x12.Samples;
import org.openrcm.x12.X12ReadResult;

class AckReadersTest {

  @Test
  void a999ReadsAcceptedAndRejectedSetsWithTheirErrorLocations() {
    X12ReadResult<Ack999> read = new Ack999Reader().read(Samples.bytes("999-partially-accepted.x12"));

    assertThat(read.allIssues()).isEmpty();
    Ack999 ack = read.contents().get(0);
    assertThat(ack.groupControlNumber()).isEqualTo("17");
    assertThat(ack.setResponses()).extracting(Ack999.SetResponse::controlNumber, Ack999.SetResponse::accepted)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("0001", true),
            org.assertj.core.groups.Tuple.tuple("0002", false));
    Ack999.SetResponse rejected = ack.setResponses().get(1);
    assertThat(rejected.errorCodes()).containsExactly("5");
    assertThat(rejected.segmentErrors()).extracting(Ack999.SegmentError::segmentId, Ack999.SegmentError::position,
        Ack999.SegmentError::loopId).containsExactly(org.assertj.core.groups.Tuple.tuple("NM1", 24, "2010"),
        org.assertj.core.groups.Tuple.tuple("SV1", 31, "2400"));
    Ack999.ElementError sv1 = rejected.segmentErrors().get(1).elementErrors().get(0);
    assertThat(sv1).isEqualTo(new Ack999.ElementError(1, 2, "234", "7", "9921X"));
    assertThat(ack.groupResponse()).isEqualTo(new Ack999.GroupResponse("P", 2, 2, 1, java.util.List.of()));
  }

  @Test
  void a999WithoutIk5ForASetIsAnError() {
    String file = new String(Samples.bytes("999-partially-accepted.x12"), java.nio.charset.StandardCharsets.US_ASCII)
        .replace("IK5*A~", "").replace("SE*12*0001~", "SE*11*0001~");
    X12ReadResult<Ack999> read = new Ack999Reader().read(file.getBytes(java.nio.charset.StandardCharsets.US_ASCII));

    assertThat(read.transactionSets().get(0).accepted()).isFalse();
  }

  @Test
  void a277caReadsEachClaimsStatusDespiteAnOlderVersion() {
    X12ReadResult<ClaimAck277> read = new ClaimAck277Reader().read(Samples.bytes("277CA-wrong-version.x12"));

    assertThat(read.hasErrors()).isFalse();
    ClaimAck277 ack = read.contents().get(0);
    assertThat(ack.referenceId()).isEqualTo("SUB0017");
    assertThat(ack.receiverStatuses()).singleElement().satisfies(s -> assertThat(s.categoryCode()).isEqualTo("A1"));
    assertThat(ack.claims()).extracting(ClaimStatus::patientControlNumber, ClaimStatus::accepted)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("PCN0", true),
            org.assertj.core.groups.Tuple.tuple("PCN1", false));
    ClaimStatus rejected = ack.claims().get(1);
    assertThat(rejected.statuses().get(0).freeText()).isEqualTo("ENTITY NPI INVALID");
    assertThat(rejected.serviceFrom()).isEqualTo(LocalDate.of(2026, 11, 28));
    assertThat(rejected.serviceTo()).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(rejected.segmentPosition()).isEqualTo(25);
    assertThat(ack.claims().get(0).payerClaimNumber()).isEqualTo("PAYERPCN0");
  }
}
