package org.openrcm.payments.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.openrcm.events.common.Adjustment;
import org.openrcm.payments.claim.ExpectedClaim;
import org.openrcm.payments.remittance.ClaimPayment;
import org.openrcm.payments.remittance.ClaimRemittance;
import org.openrcm.payments.remittance.Remittance;
import org.openrcm.payments.remittance.Remittances;

class ClaimBalanceTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private static List<LedgerEntry> posting(ClaimRemittance... claims) {
        Remittance remittance = Remittances.remittance("BCBS01", "Blue Cross", "EFT1", "ACH", LocalDate.of(2026, 11, 25),
                new BigDecimal("0.00"), List.of(claims));
        List<LedgerEntry> entries = new ArrayList<>();
        ExpectedClaim claim = Remittances.expected("clm-1", "250.00");
        for (ClaimPayment payment : Remittances.received("t1", remittance, NOW).claims()) {
            int number = 0;
            entries.add(LedgerEntry.of(payment, claim, ++number, LedgerEntryType.INSURANCE_PAYMENT, null, null,
                    payment.paidAmount(), null, "CLP", 0, NOW));
            for (Adjustment adjustment : payment.adjustments()) {
                entries.add(LedgerEntry.of(payment, claim, ++number, LedgerEntryType.ADJUSTMENT,
                        adjustment.groupCode(), adjustment.reasonCode(), adjustment.amount(), null, "CAS", 0, NOW));
            }
        }
        return entries;
    }

    private static ClaimRemittance paid(String paid, Adjustment... adjustments) {
        return Remittances.claim("clm-1", "1", new BigDecimal("250.00"), new BigDecimal(paid),
                new BigDecimal("40.00"), null, List.of(adjustments));
    }

    private static Adjustment adjustment(String group, String reason, String amount) {
        return new Adjustment(group, reason, new BigDecimal(amount));
    }

    @Test
    void postingWritesThePaymentThenEachAdjustment() {
        List<LedgerEntry> entries = posting(paid("160.00", adjustment("CO", "45", "50.00"),
                adjustment("PR", "2", "40.00")));

        assertThat(entries).extracting(LedgerEntry::type, LedgerEntry::groupCode, LedgerEntry::amount).containsExactly(
                Tuple.tuple(LedgerEntryType.INSURANCE_PAYMENT, null, new BigDecimal("160.00")),
                Tuple.tuple(LedgerEntryType.ADJUSTMENT, "CO", new BigDecimal("50.00")),
                Tuple.tuple(LedgerEntryType.ADJUSTMENT, "PR", new BigDecimal("40.00")));
    }

    @Test
    void adjudicatedClaimOwesTheInsurerNothingAndThePatientTheirShare() {
        ClaimBalance balance = ClaimBalance.of(new BigDecimal("250.00"), posting(paid("160.00",
                adjustment("CO", "45", "45.00"), adjustment("OA", "23", "5.00"), adjustment("PR", "2", "40.00"))));

        assertThat(balance).isEqualTo(new ClaimBalance(new BigDecimal("250.00"), new BigDecimal("160.00"),
                new BigDecimal("45.00"), new BigDecimal("5.00"), new BigDecimal("0.00"), new BigDecimal("40.00"),
                new BigDecimal("0.00"), new BigDecimal("0.00"), new BigDecimal("40.00")));
    }

    @Test
    void claimWithoutPostingsIsOwedInFullByTheInsurer() {
        ClaimBalance balance = ClaimBalance.of(new BigDecimal("250.00"), List.of());

        assertThat(balance.insurancePaid()).isEqualByComparingTo("0");
        assertThat(balance.insuranceBalance()).isEqualByComparingTo("250.00");
        assertThat(balance.balance()).isEqualByComparingTo("250.00");
    }

    @Test
    void reversalTakesThePostingBackOut() {
        List<LedgerEntry> entries = new ArrayList<>(posting(paid("160.00", adjustment("CO", "45", "50.00"),
                adjustment("PR", "2", "40.00"))));
        entries.addAll(posting(Remittances.claim("clm-1", "22", new BigDecimal("-250.00"),
                new BigDecimal("-160.00"), new BigDecimal("-40.00"), null,
                List.of(adjustment("CO", "45", "-50.00"), adjustment("PR", "2", "-40.00")))));

        ClaimBalance balance = ClaimBalance.of(new BigDecimal("250.00"), entries);

        assertThat(balance.insurancePaid()).isEqualByComparingTo("0");
        assertThat(balance.patientResponsibility()).isEqualByComparingTo("0");
        assertThat(balance.insuranceBalance()).isEqualByComparingTo("250.00");
    }
}
