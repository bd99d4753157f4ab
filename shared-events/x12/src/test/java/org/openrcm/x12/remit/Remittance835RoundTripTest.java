package org.openrcm.x12.remit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openrcm.x12.InMemoryControlNumbers;
import org.openrcm.x12.X12ReadResult;
import org.openrcm.x12.claim.ClaimFixtures;

class Remittance835RoundTripTest {

  @Test
  void aWrittenRemittanceReadsBackWithEverySegmentPosition() {
    byte[] file = new Remittance835Writer(new InMemoryControlNumbers(), ClaimFixtures.CLOCK)
        .write(ClaimFixtures.ENVELOPE.reversed(), List.of(RemitFixtures.remittance(), RemitFixtures.remittance()))
        .content();

    X12ReadResult<Remittance835> read = new Remittance835Reader().read(file);

    assertThat(read.allIssues()).isEmpty();
    assertThat(read.contents()).hasSize(2);
    Remittance835 r = read.contents().get(1);
    assertThat(r.setControlNumber()).isEqualTo("0002");
    assertThat(r.payment().amount()).isEqualByComparingTo("91.25");
    assertThat(r.payment().paymentMethod()).isEqualTo("ACH");
    assertThat(r.payment().segmentPosition()).isEqualTo(2);
    assertThat(r.trace().traceNumber()).isEqualTo("EFT20261205001");
    assertThat(r.payerId()).isEqualTo("ACME01");
    assertThat(r.payee().idQualifier()).isEqualTo("XX");
    assertThat(r.payee().id()).isEqualTo("1234567893");
    assertThat(r.claims()).extracting(ClaimPayment::patientControlNumber).containsExactly("PCN0", "PCN1");
    ClaimPayment paid = r.claims().get(0);
    assertThat(paid.setControlNumber()).isEqualTo("0002");
    assertThat(paid.headerNumber()).isEqualTo(1);
    assertThat(paid.segmentPosition()).isPositive();
    assertThat(paid.remarks()).extracting(RemarkCode::code).containsExactly("MA01");
    assertThat(paid.renderingProvider().id()).isEqualTo("9876543213");
    ServicePayment office = paid.lines().get(0);
    assertThat(office.procedure().modifiers()).containsExactly("25");
    assertThat(office.adjustments()).extracting(Adjustment::groupCode, Adjustment::reasonCode)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("CO", "45"), org.assertj.core.groups.Tuple.tuple("PR", "2"));
    assertThat(office.adjustments().get(0).segmentPosition()).isGreaterThan(office.segmentPosition());
    assertThat(office.lineItemControlNumber()).isEqualTo("1");
    assertThat(office.allowedAmount()).isEqualByComparingTo("80.00");
    assertThat(paid.lines().get(1).remarks()).extracting(RemarkCode::code).containsExactly("N130");
    assertThat(r.providerAdjustments().get(0).items().get(0).amount()).isEqualByComparingTo("-1.25");
    assertThat(RemittanceBalance.check(r)).isEmpty();
    assertThat(RemittanceBalance.expectedPayment(r)).isEqualByComparingTo("91.25");
  }
}
