package org.openrcm.x12.ack;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openrcm.x12.InMemoryControlNumbers;
import org.openrcm.x12.X12ReadResult;
import org.openrcm.x12.claim.ClaimFixtures;

class ClaimAck277RoundTripTest {

  static ClaimAck277 acknowledgment() {
    StatusInfo accepted = new StatusInfo("A2", "20", "PR", LocalDate.of(2026, 12, 4), "WQ", new BigDecimal("145.50"),
        null, 0);
    StatusInfo rejected = new StatusInfo("A7", "562", "85", LocalDate.of(2026, 12, 4), "U", new BigDecimal("100.00"),
        "INVALID MEMBER ID", 0);
    ClaimStatus first = new ClaimStatus("DOE", "JANE", "MEM123456", "PCN0", List.of(accepted), "PAYER0001",
        new BigDecimal("145.50"), LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 30), 0);
    ClaimStatus second = new ClaimStatus("ROE", "SAM", "MEM555", "PCN1", List.of(rejected), null,
        new BigDecimal("100.00"), LocalDate.of(2026, 11, 28), LocalDate.of(2026, 11, 30), 0);
    return new ClaimAck277("SUB0001", LocalDate.of(2026, 12, 4), "CLEARHOUSE", "CLEARHOUSE", "OPENRCM BILLING",
        "OPENRCM", List.of(new StatusInfo("A1", "19", "PR", LocalDate.of(2026, 12, 4), "WQ", null, null, 0)),
        List.of(new ProviderStatus("RIVERSIDE FAMILY PRACTICE", ClaimFixtures.BILLING_NPI, List.of(),
            List.of(first, second))));
  }

  @Test
  void perClaimStatusesReadBackWithTheirPatientControlNumbers() {
    byte[] file = new ClaimAck277Writer(new InMemoryControlNumbers(), ClaimFixtures.CLOCK)
        .write(ClaimFixtures.ENVELOPE.reversed(), List.of(acknowledgment())).content();

    X12ReadResult<ClaimAck277> read = new ClaimAck277Reader().read(file);

    assertThat(read.allIssues()).isEmpty();
    ClaimAck277 ack = read.contents().get(0);
    assertThat(ack.receiverStatuses()).extracting(StatusInfo::categoryCode).containsExactly("A1");
    assertThat(ack.claims()).extracting(ClaimStatus::patientControlNumber).containsExactly("PCN0", "PCN1");
    ClaimStatus first = ack.claims().get(0);
    assertThat(first.accepted()).isTrue();
    assertThat(first.payerClaimNumber()).isEqualTo("PAYER0001");
    assertThat(first.billedAmount()).isEqualByComparingTo("145.50");
    assertThat(first.segmentPosition()).isPositive();
    ClaimStatus second = ack.claims().get(1);
    assertThat(second.rejected()).isTrue();
    assertThat(second.statuses().get(0)).extracting(StatusInfo::categoryCode, StatusInfo::statusCode,
        StatusInfo::entityIdentifierCode, StatusInfo::actionCode, StatusInfo::freeText)
        .containsExactly("A7", "562", "85", "U", "INVALID MEMBER ID");
    assertThat(second.serviceFrom()).isEqualTo(LocalDate.of(2026, 11, 28));
    assertThat(second.serviceTo()).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(ack.providers().get(0).npi()).isEqualTo(ClaimFixtures.BILLING_NPI);
  }
}
