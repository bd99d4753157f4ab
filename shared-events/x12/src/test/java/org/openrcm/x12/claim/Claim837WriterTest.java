package org.openrcm.x12.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openrcm.x12.InMemoryControlNumbers;
import org.openrcm.x12.OutboundEnvelope;
import org.openrcm.x12.UsageIndicator;
import org.openrcm.x12.X12Issue;
import org.openrcm.x12.X12ValidationException;

class Claim837WriterTest {

  private final InMemoryControlNumbers numbers = new InMemoryControlNumbers();
  private final Claim837Writer writer = new Claim837Writer(numbers, ClaimFixtures.CLOCK);

  @Test
  void aClaimThatBreaksTheGuideIsNeverWritten() {
    Claim837 good = ClaimFixtures.claim("PCN1");
    Claim837 bad = new Claim837(good.billingProvider(), good.subscriber(), good.payer(), null,
        new ClaimDetails("PCN2", new BigDecimal("1.00"), "11", FrequencyCode.ORIGINAL, null, true, "A", "Y", "Y",
            good.details().diagnoses(), null), good.serviceLines());

    assertThatThrownBy(() -> writer.write(ClaimFixtures.ENVELOPE, ClaimFixtures.transaction(good, bad)))
        .isInstanceOfSatisfying(X12ValidationException.class, e -> assertThat(e.issues())
            .extracting(X12Issue::segmentId, X12Issue::elementPosition)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("CLM", 2)));
  }

  @Test
  void theRulesPreCheckLetsABatchGoWithoutItsBadClaim() {
    Claim837 good = ClaimFixtures.claim("PCN1");
    Claim837 bad = ClaimFixtures.claim("pcn lower");
    List<Claim837> sendable = List.of(good, bad).stream().filter(c -> Claim837Rules.check(c).isEmpty()).toList();

    assertThat(sendable).containsExactly(good);
    assertThat(writer.write(ClaimFixtures.ENVELOPE, ClaimFixtures.transaction(sendable)).text()).contains("CLM*PCN1*");
  }

  @Test
  void aValueWithADelimiterIsRefused() {
    Claim837 good = ClaimFixtures.claim("PCN1");
    Payer starred = new Payer("ACME*HEALTH", "ACME01");
    Claim837 claim = new Claim837(good.billingProvider(), good.subscriber(), starred, null, good.details(),
        good.serviceLines());

    assertThatThrownBy(() -> writer.write(ClaimFixtures.ENVELOPE, ClaimFixtures.transaction(claim)))
        .isInstanceOfSatisfying(X12ValidationException.class, e -> assertThat(e.issues()).singleElement()
            .satisfies(issue -> {
              assertThat(issue.segmentId()).isEqualTo("NM1");
              assertThat(issue.elementPosition()).isEqualTo(3);
              assertThat(issue.code()).isEqualTo("6");
            }));
  }

  @Test
  void anEnvelopeValueOutsideTheX12RulesIsRefused() {
    OutboundEnvelope tooLong = new OutboundEnvelope("ZZ", "SENDER-ID-LONGER-THAN-15", "ZZ", "R", "S", "R",
        UsageIndicator.T);
    assertThatThrownBy(() -> writer.write(tooLong, ClaimFixtures.transaction(ClaimFixtures.claim("PCN1"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ISA06");
    OutboundEnvelope shortGs = new OutboundEnvelope("ZZ", "SENDER", "ZZ", "RECEIVER", "S", "RECEIVER",
        UsageIndicator.T);
    assertThatThrownBy(() -> writer.write(shortGs, ClaimFixtures.transaction(ClaimFixtures.claim("PCN1"))))
        .isInstanceOf(X12ValidationException.class).hasMessageContaining("GS02");
  }

  @Test
  void everyWriteTakesNewControlNumbers() {
    writer.write(ClaimFixtures.ENVELOPE, ClaimFixtures.transaction(ClaimFixtures.claim("PCN1")));
    assertThatThrownBy(() -> writer.write(ClaimFixtures.ENVELOPE,
        ClaimFixtures.transaction(ClaimFixtures.claim("pcn")))).isInstanceOf(X12ValidationException.class);

    assertThat(writer.write(ClaimFixtures.ENVELOPE, ClaimFixtures.transaction(ClaimFixtures.claim("PCN3")))
        .interchange().controlNumber()).isEqualTo("000000002");
  }
}
