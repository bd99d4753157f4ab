package org.openrcm.x12.ack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openrcm.x12.InMemoryControlNumbers;
import org.openrcm.x12.WrittenInterchange;
import org.openrcm.x12.X12ReadResult;
import org.openrcm.x12.claim.Claim837Reader;
import org.openrcm.x12.claim.Claim837Transaction;
import org.openrcm.x12.claim.Claim837Writer;
import org.openrcm.x12.claim.ClaimFixtures;

class Ack999RoundTripTest {

  private final InMemoryControlNumbers numbers = new InMemoryControlNumbers();
  private final Ack999Writer writer = new Ack999Writer(numbers, ClaimFixtures.CLOCK);

  @Test
  void aCleanClaimFileIsAcknowledgedAsAccepted() {
    WrittenInterchange claims = new Claim837Writer(numbers, ClaimFixtures.CLOCK).write(ClaimFixtures.ENVELOPE,
        List.of(ClaimFixtures.transaction(ClaimFixtures.claims(2)), ClaimFixtures.transaction(ClaimFixtures.claims(1))));
    X12ReadResult<Claim837Transaction> read = new Claim837Reader().read(claims.content());

    Ack999 ack = Ack999Writer.answer(read.interchanges().get(0).groups().get(0));
    WrittenInterchange written = writer.write(ClaimFixtures.ENVELOPE.reversed(), List.of(ack));
    X12ReadResult<Ack999> back = new Ack999Reader().read(written.content());

    assertThat(back.allIssues()).isEmpty();
    Ack999 acknowledged = back.contents().get(0);
    assertThat(acknowledged.groupControlNumber()).isEqualTo(claims.group().controlNumber());
    assertThat(acknowledged.functionalIdCode()).isEqualTo("HC");
    assertThat(acknowledged.version()).isEqualTo("005010X222A1");
    assertThat(acknowledged.setResponses()).extracting(Ack999.SetResponse::controlNumber)
        .containsExactly("0001", "0002");
    assertThat(acknowledged.setResponses()).allMatch(Ack999.SetResponse::accepted);
    assertThat(acknowledged.groupResponse().acknowledgmentCode()).isEqualTo("A");
    assertThat(acknowledged.groupResponse().setsAccepted()).isEqualTo(2);
    assertThat(written.group().functionalIdCode()).isEqualTo("FA");
  }

  @Test
  void aRejectedSetCarriesItsErrorLocationsAsIk3AndIk4() {
    String claimFile = new String(new Claim837Writer(numbers, ClaimFixtures.CLOCK).write(ClaimFixtures.ENVELOPE,
        ClaimFixtures.transaction(ClaimFixtures.claims(1))).content(), StandardCharsets.US_ASCII)
        .replace("SBR*P*18*GRP100******CI~", "SBR*P*18*GRP100******QQ~");
    X12ReadResult<Claim837Transaction> read = new Claim837Reader().read(claimFile.getBytes(StandardCharsets.US_ASCII));

    Ack999 ack = Ack999Writer.answer(read.interchanges().get(0).groups().get(0));
    X12ReadResult<Ack999> back = new Ack999Reader().read(writer.write(ClaimFixtures.ENVELOPE.reversed(),
        List.of(ack)).content());

    Ack999.SetResponse response = back.contents().get(0).setResponses().get(0);
    assertThat(response.acknowledgmentCode()).isEqualTo(Ack999.AckCode.R);
    assertThat(response.accepted()).isFalse();
    assertThat(response.errorCodes()).contains("5");
    Ack999.SegmentError sbr = response.segmentErrors().get(0);
    assertThat(sbr.segmentId()).isEqualTo("SBR");
    assertThat(sbr.position()).isEqualTo(13);
    assertThat(sbr.loopId()).isEqualTo("2000");
    assertThat(sbr.code()).isEqualTo("8");
    assertThat(sbr.elementErrors()).extracting(Ack999.ElementError::position, Ack999.ElementError::code)
        .contains(org.assertj.core.groups.Tuple.tuple(9, "7"));
    assertThat(back.contents().get(0).groupResponse().acknowledgmentCode()).isEqualTo("R");
  }
}
