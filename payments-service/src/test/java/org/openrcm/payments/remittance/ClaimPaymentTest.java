package org.openrcm.payments.remittance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openrcm.events.common.Adjustment;

class ClaimPaymentTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private static ReceivedRemittance received(String paymentAmount) {
        ClaimRemittance claim = Remittances.claim("clm-1", "1", new BigDecimal("250.00"), new BigDecimal("160.00"),
                new BigDecimal("40.00"), "PCN1", List.of(new Adjustment("CO", "45", new BigDecimal("50.00")),
                        new Adjustment("PR", "2", new BigDecimal("40.00"))));
        return Remittances.received("t1", Remittances.remittance("BCBS01", "Blue Cross", "EFT1", "ACH",
                LocalDate.of(2026, 11, 25), new BigDecimal(paymentAmount), List.of(claim)), NOW);
    }

    @Test
    void receivedClaimWaitsUnmatchedAndKeepsWhatThePayerSaid() {
        ClaimPayment payment = received("160.00").claims().get(0);

        assertThat(payment.status()).isEqualTo(ClaimPaymentStatus.UNMATCHED);
        assertThat(payment.remitted().patientResponsibility())
                .containsExactly(new Adjustment("PR", "2", new BigDecimal("40.00")));
    }

    @Test
    void postedPaymentCannotBePostedDeniedOrHeldAgain() {
        ClaimPayment payment = received("160.00").claims().get(0);
        payment.markPosted("clm-1", NOW);

        assertThatThrownBy(() -> payment.markPosted("clm-1", NOW)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already POSTED");
        assertThatThrownBy(() -> payment.markDenied("clm-1", "50", NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> payment.hold("late")).isInstanceOf(IllegalStateException.class);
        assertThat(payment.postedAt()).isEqualTo(NOW);
    }

    @Test
    void heldRemittanceHoldsEveryClaimWithTheRemittanceReason() {
        ReceivedRemittance remittance = received("170.00");

        remittance.hold(HoldKind.UNBALANCED, "difference 10.00", null);

        assertThat(remittance.status()).isEqualTo(RemittanceStatus.HELD);
        assertThat(remittance.claims()).singleElement().satisfies(claim -> {
            assertThat(claim.status()).isEqualTo(ClaimPaymentStatus.HELD_UNBALANCED);
            assertThat(claim.holdReason()).isEqualTo("Remittance held: difference 10.00");
        });
        assertThatThrownBy(() -> remittance.claims().get(0).markPosted("clm-1", NOW)).isInstanceOf(IllegalStateException.class);
    }
}
