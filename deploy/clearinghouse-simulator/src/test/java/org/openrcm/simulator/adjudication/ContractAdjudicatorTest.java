package org.openrcm.simulator.adjudication;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.openrcm.simulator.wire.ClaimAcknowledgment;
import org.openrcm.simulator.wire.Remittance;
import org.openrcm.simulator.wire.RemittedAdjustment;
import org.openrcm.simulator.wire.RemittedClaim;
import org.openrcm.simulator.wire.SubmittedClaim;
import org.openrcm.simulator.wire.SubmittedLine;

class ContractAdjudicatorTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);

    private final AtomicInteger sequence = new AtomicInteger();
    private final ContractAdjudicator adjudicator = adjudicator(PayerContracts.STANDARD);

    @Test
    void paysEightyPercentOfTheChargeLessTwentyPercentCoinsurance() {
        RemittedClaim remitted = adjudicator.adjudicate(claim("BCBS01", "M1", "125.00"), "PCN1");

        assertThat(remitted.chargeAmount()).isEqualTo("125.00");
        assertThat(remitted.paidAmount()).isEqualTo("80.00");
        assertThat(remitted.patientResponsibilityAmount()).isEqualTo("20.00");
        assertThat(remitted.claimStatusCode()).isEqualTo("1");
        assertThat(remitted.payerClaimNumber()).isEqualTo("PCN1");
        assertThat(remitted.adjustments()).containsExactly(
                new RemittedAdjustment("CO", "45", new BigDecimal("25.00")),
                new RemittedAdjustment("PR", "2", new BigDecimal("20.00")));
    }

    @Test
    void roundsEachLineHalfUpAndSumsTheLines() {
        // 10.63 x 0.8 = 8.504 -> 8.50, x 0.2 = 1.70; 21.17 x 0.8 = 16.936 -> 16.94, x 0.2 = 3.388 -> 3.39
        RemittedClaim remitted = adjudicator.adjudicate(claim("BCBS01", "M1", "10.63", "21.17"), "PCN1");

        assertThat(remitted.chargeAmount()).isEqualTo("31.80");
        assertThat(remitted.patientResponsibilityAmount()).isEqualTo("5.09");
        assertThat(remitted.paidAmount()).isEqualTo("20.35");
        assertThat(remitted.adjustments()).containsExactly(
                new RemittedAdjustment("CO", "45", new BigDecimal("6.36")),
                new RemittedAdjustment("PR", "2", new BigDecimal("5.09")));
    }

    @Test
    void roundsPerLineNotOnTheClaimTotal() {
        // per line 0.07 x 0.8 = 0.056 -> 0.06 (three times 0.18); on the total 0.21 x 0.8 = 0.168 would be 0.17
        RemittedClaim remitted = adjudicator.adjudicate(claim("BCBS01", "M1", "0.07", "0.07", "0.07"), "PCN1");

        assertThat(remitted.paidAmount().add(remitted.patientResponsibilityAmount())).isEqualTo("0.18");
    }

    @Test
    void everyClaimBalancesToTheCent() {
        Random random = new Random(42);
        for (int i = 0; i < 2_000; i++) {
            int lines = 1 + random.nextInt(4);
            String[] charges = new String[lines];
            for (int j = 0; j < lines; j++) {
                charges[j] = BigDecimal.valueOf(random.nextInt(500_000), 2).toPlainString();
            }
            RemittedClaim remitted = adjudicator.adjudicate(claim("AETNA01", "M1", charges), "PCN");

            BigDecimal adjusted = remitted.adjustments().stream().map(RemittedAdjustment::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(remitted.paidAmount().add(adjusted)).as("charges %s", List.of(charges))
                    .isEqualTo(remitted.chargeAmount());
            assertThat(remitted.chargeAmount()).isEqualTo(sum(charges));
            assertThat(remitted.paidAmount().scale()).isEqualTo(2);
            assertThat(remitted.adjustments()).allSatisfy(adjustment -> assertThat(adjustment.amount()).isPositive());
        }
    }

    @Test
    void omitsZeroAdjustments() {
        ContractAdjudicator payingInFull = adjudicator(new PayerContracts(
                Map.of("FULL01", new PayerContract("Full Pay", BigDecimal.ONE, BigDecimal.ZERO))));

        assertThat(payingInFull.adjudicate(claim("FULL01", "M1", "99.99"), "PCN1").adjustments()).isEmpty();
        assertThat(adjudicator.adjudicate(claim("BCBS01", "M1", "0.00"), "PCN1").adjustments()).isEmpty();
    }

    @Test
    void paysEachPayerUnderItsOwnContract() {
        ContractAdjudicator withContracts = adjudicator(new PayerContracts(
                Map.of("MCR01", new PayerContract("Medicare", new BigDecimal("0.70"), new BigDecimal("0.20")))));

        RemittedClaim medicare = withContracts.adjudicate(claim("MCR01", "M1", "100.00"), "PCN1");
        RemittedClaim unknownPayer = withContracts.adjudicate(claim("OTHER9", "M1", "100.00"), "PCN2");

        assertThat(medicare.paidAmount()).isEqualTo("56.00");
        assertThat(medicare.patientResponsibilityAmount()).isEqualTo("14.00");
        assertThat(unknownPayer.paidAmount()).isEqualTo("64.00");
    }

    @Test
    void remitsOnePaymentForTheSumOfThePaidAmounts() {
        Remittance remittance = adjudicator.remit("BCBS01", List.of(
                new AcceptedClaim(claim("BCBS01", "M1", "125.00"), "PCN1"),
                new AcceptedClaim(claim("BCBS01", "M2", "10.63", "21.17"), "PCN2")));

        assertThat(remittance.payerId()).isEqualTo("BCBS01");
        assertThat(remittance.payerName()).isEqualTo("Blue Cross Blue Shield of Illinois");
        assertThat(remittance.paymentMethod()).isEqualTo("ACH");
        assertThat(remittance.paymentDate()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(remittance.traceNumber()).startsWith("EFT");
        assertThat(remittance.paymentAmount()).isEqualTo("100.35");
        assertThat(remittance.claims()).extracting(RemittedClaim::payerClaimNumber).containsExactly("PCN1", "PCN2");
    }

    @Test
    void rejectsAClaimWhoseMemberIdIsMissingOrMarkedForRejection() {
        for (String memberId : new String[] {null, "", "  ", "REJ123456", "REJ"}) {
            ClaimAcknowledgment acknowledgment = adjudicator.acknowledge(claim("BCBS01", memberId, "50.00"));

            assertThat(acknowledgment.accepted()).as("member id '%s'", memberId).isFalse();
            assertThat(acknowledgment.status()).isEqualTo("REJECTED");
            assertThat(acknowledgment.statusCategory()).isEqualTo("A7");
            assertThat(acknowledgment.statusCode()).isEqualTo("562");
            assertThat(acknowledgment.reason()).isEqualTo("Entity's contract/member number missing or invalid");
            assertThat(acknowledgment.payerClaimNumber()).isNull();
        }
    }

    @Test
    void acceptsOtherClaimsWithAPayerClaimNumberEach() {
        ClaimAcknowledgment first = adjudicator.acknowledge(claim("BCBS01", "XYZ123", "50.00"));
        ClaimAcknowledgment second = adjudicator.acknowledge(claim("BCBS01", "AREJ1", "50.00"));

        assertThat(first.accepted()).isTrue();
        assertThat(first.status()).isEqualTo("ACCEPTED");
        assertThat(first.statusCategory()).isEqualTo("A1");
        assertThat(first.statusCode()).isEqualTo("20");
        assertThat(first.reason()).isNull();
        assertThat(second.accepted()).isTrue();
        assertThat(first.payerClaimNumber()).startsWith("PCN").isNotEqualTo(second.payerClaimNumber());
    }

    private ContractAdjudicator adjudicator(PayerContracts contracts) {
        return new ContractAdjudicator(contracts, () -> "PCN" + sequence.incrementAndGet(),
                () -> "EFT" + sequence.incrementAndGet(), CLOCK);
    }

    private static SubmittedClaim claim(String payerId, String memberId, String... lineCharges) {
        List<SubmittedLine> lines = new ArrayList<>();
        for (int i = 0; i < lineCharges.length; i++) {
            lines.add(new SubmittedLine(i + 1, "99213", 1, new BigDecimal(lineCharges[i])));
        }
        return new SubmittedClaim("C-" + memberId, payerId, memberId, "P-1", sum(lineCharges),
                LocalDate.of(2026, 11, 20), lines);
    }

    private static BigDecimal sum(String... amounts) {
        BigDecimal total = new BigDecimal("0.00");
        for (String amount : amounts) {
            total = total.add(new BigDecimal(amount));
        }
        return total;
    }
}
