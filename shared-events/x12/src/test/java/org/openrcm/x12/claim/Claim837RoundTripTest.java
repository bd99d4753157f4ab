package org.openrcm.x12.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openrcm.x12.InMemoryControlNumbers;
import org.openrcm.x12.WrittenInterchange;
import org.openrcm.x12.X12ReadResult;

class Claim837RoundTripTest {

  private final Claim837Writer writer = new Claim837Writer(new InMemoryControlNumbers(), ClaimFixtures.CLOCK);
  private final Claim837Reader reader = new Claim837Reader();

  @Test
  void whatIsWrittenReadsBackAsTheSameClaims() {
    Claim837Transaction sent = ClaimFixtures.transaction(ClaimFixtures.claims(4));

    WrittenInterchange written = writer.write(ClaimFixtures.ENVELOPE, sent);
    X12ReadResult<Claim837Transaction> read = reader.read(written.content());

    assertThat(read.allIssues()).isEmpty();
    Claim837Transaction back = read.contents().get(0);
    assertThat(back.originatorTransactionId()).isEqualTo("SUB0001");
    assertThat(back.submitter()).isEqualTo(sent.submitter());
    assertThat(back.receiver()).isEqualTo(sent.receiver());
    assertThat(back.claims()).hasSize(4);
    for (int i = 0; i < 4; i++) {
      Claim837 expected = sent.claims().get(i);
      Claim837 actual = back.claims().get(i);
      assertThat(actual.segmentPosition()).isPositive();
      assertThat(new Claim837(actual.billingProvider(), actual.subscriber(), actual.payer(), actual.patient(),
          actual.details(), actual.serviceLines())).isEqualTo(expected);
    }
  }

  @Test
  void aSecondaryClaimCarriesThePrimaryPayerForCoordinationOfBenefits() {
    Claim837 primary = ClaimFixtures.claim("PCN9");
    Subscriber s = primary.subscriber();
    Claim837 secondary = new Claim837(primary.billingProvider(), new Subscriber(PayerResponsibility.S, true,
        s.groupNumber(), "MB", "12", "1EG4TE5MK73", s.lastName(), s.firstName(), s.birthDate(), s.sex(), s.address()),
        new Payer("MEDICARE PART B", "MCRB01"), null, primary.details(), primary.serviceLines())
        .withOtherPayers(List.of(new OtherPayer(PayerResponsibility.P, "18", "GRP100", "CI",
            new java.math.BigDecimal("90.00"), "DOE", "JANE", "MEM123456", "ACME HEALTH", "ACME01")));

    WrittenInterchange written = writer.write(ClaimFixtures.ENVELOPE, ClaimFixtures.transaction(secondary));
    Claim837 back = reader.read(written.content()).contents().get(0).claims().get(0);

    assertThat(written.text()).contains("SBR*P*18*GRP100******CI~\nAMT*D*90.00~\nOI***Y***Y~\nNM1*IL*1*DOE*JANE****MI*MEM123456~"
        + "\nNM1*PR*2*ACME HEALTH*****PI*ACME01~");
    assertThat(back.otherPayers()).isEqualTo(secondary.otherPayers());
    assertThat(back.subscriber()).isEqualTo(secondary.subscriber());
    assertThat(back.payer()).isEqualTo(secondary.payer());
  }

  @Test
  void theControlNumbersUsedAreReturnedAndEchoedByTheEnvelope() {
    WrittenInterchange first = writer.write(ClaimFixtures.ENVELOPE, ClaimFixtures.transaction(ClaimFixtures.claims(1)));
    WrittenInterchange second = writer.write(ClaimFixtures.ENVELOPE,
        List.of(ClaimFixtures.transaction(ClaimFixtures.claims(1)), ClaimFixtures.transaction(ClaimFixtures.claims(2))));

    assertThat(first.interchange().controlNumber()).isEqualTo("000000001");
    assertThat(second.interchange().controlNumber()).isEqualTo("000000002");
    assertThat(second.group().controlNumber()).isEqualTo("2");
    assertThat(second.transactionSetControlNumbers()).containsExactly("0001", "0002");
    X12ReadResult<Claim837Transaction> read = reader.read(second.content());
    assertThat(read.interchanges().get(0).envelope().controlNumber()).isEqualTo("000000002");
    assertThat(read.transactionSets()).extracting(X12ReadResult.TransactionSet::controlNumber)
        .containsExactly("0001", "0002");
    assertThat(second.text()).contains("IEA*1*000000002~").contains("GE*2*2~").contains("SE*").contains("*0002~");
  }
}
