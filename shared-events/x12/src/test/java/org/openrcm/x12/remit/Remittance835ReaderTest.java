package org.openrcm.x12.remit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openrcm.x12.Samples;
import org.openrcm.x12.X12Issue;
import org.openrcm.x12.X12ReadResult;

class Remittance835ReaderTest {

  private final Remittance835Reader reader = new Remittance835Reader();

  @Test
  void everyPostingSourceCarriesItsSetAndSegmentPosition() {
    Remittance835 r = reader.read(Samples.bytes("835-balanced.x12")).contents().get(0);

    assertThat(r.setControlNumber()).isEqualTo("0001");
    assertThat(r.payment().segmentPosition()).isEqualTo(2);
    assertThat(r.trace().segmentPosition()).isEqualTo(3);
    ClaimPayment paid = r.claims().get(0);
    assertThat(paid.segmentPosition()).isEqualTo(14);
    assertThat(paid.setControlNumber()).isEqualTo("0001");
    ServicePayment office = paid.lines().get(0);
    assertThat(office.segmentPosition()).isEqualTo(18);
    assertThat(office.adjustments()).extracting(Adjustment::segmentPosition).containsExactly(20, 21);
    assertThat(paid.remarks()).extracting(RemarkCode::code, RemarkCode::segmentId, RemarkCode::segmentPosition)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("MA01", "MOA", 16));
    ClaimPayment denied = r.claims().get(1);
    assertThat(denied.statusCode()).isEqualTo("4");
    assertThat(denied.adjustments()).singleElement().satisfies(a -> {
      assertThat(a.groupCode()).isEqualTo("CO");
      assertThat(a.reasonCode()).isEqualTo("50");
      assertThat(a.amount()).isEqualByComparingTo("100.00");
      assertThat(a.segmentPosition()).isEqualTo(30);
    });
    ProviderAdjustment plb = r.providerAdjustments().get(0);
    assertThat(plb.segmentPosition()).isEqualTo(32);
    assertThat(plb.items()).singleElement().satisfies(item -> {
      assertThat(item.reasonCode()).isEqualTo("L6");
      assertThat(item.reference()).isEqualTo("PCN0");
      assertThat(item.amount()).isEqualByComparingTo("-1.25");
    });
    assertThat(r.payee().reference("TJ")).isEqualTo("123456789");
    assertThat(r.payer().address().city()).isEqualTo("HARTFORD");
  }

  @Test
  void amountsAreExactlyAsInTheFile() {
    Remittance835 r = reader.read(Samples.bytes("835-balanced.x12")).contents().get(0);

    assertThat(r.payment().amount()).hasToString("91.25");
    assertThat(r.claims().get(1).paid()).hasToString("0");
    assertThat(r.claims().get(0).lines().get(1).charge()).hasToString("45.50");
  }

  @Test
  void aReversalAndTheCorrectedClaimReadWithNegativeAmountsAndBalance() {
    Remittance835 r = reader.read(Samples.bytes("835-pipes-two-interchanges.x12")).contents().get(1);

    assertThat(r.claims()).extracting(ClaimPayment::statusCode, ClaimPayment::paid)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("22", new java.math.BigDecimal("-90.00")),
            org.assertj.core.groups.Tuple.tuple("1", new java.math.BigDecimal("100.00")));
    assertThat(r.claims().get(0).reversal()).isTrue();
    assertThat(RemittanceBalance.check(r)).isEmpty();
  }

  @Test
  void anUnbalancedRemittanceIsReportedWithTheExactDiscrepancyWhereItIs() {
    Remittance835 r = reader.read(Samples.bytes("835-unbalanced.x12")).contents().get(0);

    assertThat(RemittanceBalance.check(r)).extracting(X12Issue::segmentId, X12Issue::segmentPosition,
        X12Issue::code).containsExactly(org.assertj.core.groups.Tuple.tuple("SVC", 18, "BAL"),
        org.assertj.core.groups.Tuple.tuple("BPR", 2, "BAL"));
    assertThat(RemittanceBalance.check(r).get(0).message()).contains("off by 1.00");
    assertThat(RemittanceBalance.check(r).get(1).message()).contains("off by 3.75");
    assertThat(RemittanceBalance.expectedPayment(r)).isEqualByComparingTo("91.25");
  }

  @Test
  void anUnbalancedClaimIsReportedAtItsClp() {
    String file = new String(Samples.bytes("835-balanced.x12"), StandardCharsets.US_ASCII)
        .replace("CAS*CO*50*100.00~", "CAS*CO*50*90.00~");
    Remittance835 r = reader.read(file.getBytes(StandardCharsets.US_ASCII)).contents().get(0);

    assertThat(RemittanceBalance.check(r)).singleElement().satisfies(issue -> {
      assertThat(issue.location()).isEqualTo("ST 0001, segment 29 CLP04 (loop 2100)");
      assertThat(issue.message()).contains("PCN1").contains("off by -10.00");
    });
  }

  @Test
  void missingPayerAndTraceMakeTheSetUnpostableButNotTheFile() {
    String file = new String(Samples.bytes("835-balanced.x12"), StandardCharsets.US_ASCII)
        .replace("TRN*1*EFT20261205001*1512345678~\n", "").replace("SE*33*0001~", "SE*32*0001~");
    X12ReadResult<Remittance835> read = reader.read(file.getBytes(StandardCharsets.US_ASCII));

    assertThat(read.readable()).isTrue();
    assertThat(read.transactionSets().get(0).accepted()).isFalse();
    assertThat(read.transactionSets().get(0).issues()).filteredOn(X12Issue::isError)
        .extracting(X12Issue::segmentId).contains("TRN");
  }

  @Test
  void aDebitPaymentBalancesAgainstANegativeTotal() {
    Remittance835 base = RemitFixtures.remittance();
    PaymentInfo p = base.payment();
    Remittance835 recovery = new Remittance835(null, new PaymentInfo("I", new java.math.BigDecimal("8.75"), "D",
        p.paymentMethod(), null, null, null, null, p.paymentDate(), 0), base.trace(), base.references(), base.dates(),
        base.payer(), base.payee(), base.claims(), java.util.List.of(new ProviderAdjustment(null, "1234567893",
            java.time.LocalDate.of(2026, 12, 31), java.util.List.of(new ProviderAdjustment.Item("WO", "OLD1",
                new java.math.BigDecimal("98.75"))), 0)));

    assertThat(RemittanceBalance.check(recovery)).isEmpty();
  }
}
