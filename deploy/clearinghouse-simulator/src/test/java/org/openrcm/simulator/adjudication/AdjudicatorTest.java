package org.openrcm.simulator.adjudication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openrcm.simulator.adjudication.Claims.claim;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class AdjudicatorTest {

    private final Adjudicator adjudicator = new Adjudicator(PayerContracts.STANDARD);

    @Test
    void allowsEightyPercentWritesOffTheRestAndLeavesTwentyPercentCoinsuranceToThePatient() {
        RemittedClaim remitted = adjudicator.adjudicate(
                claim("C1", "BCBS01", Claims.plainMember("XOF"), "99213", "125.00"), "PCN1");

        assertThat(remitted.statusCode()).isEqualTo("1");
        assertThat(remitted.payerClaimNumber()).isEqualTo("PCN1");
        assertThat(remitted.charge()).isEqualTo("125.00");
        assertThat(remitted.paid()).isEqualTo("80.00");
        assertThat(remitted.patientResponsibility()).isEqualTo("20.00");
        assertThat(remitted.lines().get(0).adjustments()).containsExactly(
                new Adjustment("CO", "45", new BigDecimal("25.00")),
                new Adjustment("PR", "2", new BigDecimal("20.00")));
    }

    @Test
    void roundsEachLineHalfUp() {
        // 10.63 x 0.8 = 8.504 -> 8.50, x 0.2 = 1.70; 21.17 x 0.8 = 16.936 -> 16.94, x 0.2 = 3.388 -> 3.39
        RemittedClaim remitted = adjudicator.adjudicate(
                claim("C1", "BCBS01", Claims.plainMember("XOF"), "85025", "21.17", "80053", "10.63"), "PCN1");

        assertThat(remitted.charge()).isEqualTo("31.80");
        assertThat(remitted.patientResponsibility()).isEqualTo("5.09");
        assertThat(remitted.paid()).isEqualTo("20.35");
    }

    @Test
    void aHighDeductibleMemberPaysTheDeductibleFirstAcrossTheLines() {
        // allowed 100.00 + 80.00; the 100.00 deductible takes line 1, then coinsurance 16.00 on line 2
        RemittedClaim remitted = adjudicator.adjudicate(
                claim("C1", "BCBS01", Claims.highDeductibleMember(), "99213", "125.00", "93000", "100.00"), "PCN1");

        assertThat(remitted.lines().get(0).adjustments()).containsExactly(
                new Adjustment("CO", "45", new BigDecimal("25.00")),
                new Adjustment("PR", "1", new BigDecimal("100.00")));
        assertThat(remitted.lines().get(0).paid()).isEqualTo("0.00");
        assertThat(remitted.lines().get(0).denied()).as("cost sharing is not a denial").isFalse();
        assertThat(remitted.lines().get(1).adjustments()).containsExactly(
                new Adjustment("CO", "45", new BigDecimal("20.00")),
                new Adjustment("PR", "2", new BigDecimal("16.00")));
        assertThat(remitted.paid()).isEqualTo("64.00");
        assertThat(remitted.statusCode()).isEqualTo("1");
    }

    @Test
    void anOfficeVisitCostsTheCopayWhereThePlanHasOne() {
        RemittedClaim remitted = adjudicator.adjudicate(
                claim("C1", "AETNA01", Claims.plainMember("W"), "99214", "178.35", "93000", "35.17"), "PCN1");

        // 178.35 x 0.8 = 142.68, copay 20.00; the ECG is no visit: 28.14 allowed, 5.63 coinsurance
        assertThat(remitted.lines().get(0).adjustments()).containsExactly(
                new Adjustment("CO", "45", new BigDecimal("35.67")),
                new Adjustment("PR", "3", new BigDecimal("20.00")));
        assertThat(remitted.lines().get(1).adjustments()).containsExactly(
                new Adjustment("CO", "45", new BigDecimal("7.03")),
                new Adjustment("PR", "2", new BigDecimal("5.63")));
        assertThat(remitted.paid()).isEqualTo(new BigDecimal("122.68").add(new BigDecimal("22.51")));
    }

    @Test
    void bundlesTheVenipunctureIntoTheLabPanelForPayersThatDo() {
        RemittedClaim aetna = adjudicator.adjudicate(
                claim("C1", "AETNA01", Claims.plainMember("W"), "80053", "29.83", "36415", "10.63"), "PCN1");
        RemittedClaim blueCross = adjudicator.adjudicate(
                claim("C1", "BCBS01", Claims.plainMember("XOF"), "80053", "29.83", "36415", "10.63"), "PCN1");

        RemittedLine venipuncture = aetna.lines().get(1);
        assertThat(venipuncture.adjustments()).containsExactly(new Adjustment("CO", "97", new BigDecimal("10.63")));
        assertThat(venipuncture.remarks()).containsExactly("M15");
        assertThat(venipuncture.paid()).isZero();
        assertThat(venipuncture.denied()).isTrue();
        assertThat(aetna.denied()).isFalse();
        assertThat(aetna.statusCode()).isEqualTo("1");
        assertThat(blueCross.lines().get(1).denied()).isFalse();
    }

    @Test
    void deniesAnEcgWithoutASupportingDiagnosisAsNotMedicallyNecessaryForPayersThatCheck() {
        RemittedClaim unsupported = adjudicator.adjudicate(
                claim("C1", "UHC01", Claims.plainMember("U"), List.of("J069", "R051"), "93000", "35.17"), "PCN1");
        RemittedClaim supported = adjudicator.adjudicate(
                claim("C2", "UHC01", Claims.plainMember("U"), List.of("J069", "I10"), "93000", "35.17"), "PCN2");

        assertThat(unsupported.statusCode()).as("every line denied").isEqualTo("4");
        assertThat(unsupported.paid()).isZero();
        assertThat(unsupported.patientResponsibility()).isZero();
        assertThat(unsupported.lines().get(0).adjustments())
                .containsExactly(new Adjustment("CO", "50", new BigDecimal("35.17")));
        assertThat(unsupported.lines().get(0).remarks()).containsExactly("N115");
        assertThat(supported.statusCode()).isEqualTo("1");
        assertThat(supported.paid()).isPositive();
    }

    @Test
    void billsTheNonCoveredWellnessVisitToThePatientAndReportsTheDenialInThePayersStyle() {
        RemittedClaim blueCross = adjudicator.adjudicate(
                claim("C1", "BCBS01", Claims.plainMember("XOF"), List.of("Z0000"), "G0439", "138.62"), "PCN1");
        RemittedClaim aetna = adjudicator.adjudicate(
                claim("C2", "AETNA01", Claims.plainMember("W"), List.of("Z0000"), "G0439", "138.62"), "PCN2");

        assertThat(blueCross.statusCode()).isEqualTo("4");
        assertThat(blueCross.lines().get(0).adjustments())
                .containsExactly(new Adjustment("PR", "96", new BigDecimal("138.62")));
        assertThat(blueCross.lines().get(0).remarks()).containsExactly("N130");
        assertThat(blueCross.patientResponsibility()).isEqualTo("138.62");
        assertThat(aetna.statusCode()).as("Aetna reports it as processed, zero paid").isEqualTo("1");
        assertThat(aetna.paid()).isZero();
        assertThat(aetna.denied()).isTrue();
    }

    @Test
    void aReversalNegatesEveryAmountUnderTheSamePayerClaimNumber() {
        RemittedClaim original = adjudicator.adjudicate(
                claim("C1", "BCBS01", Claims.plainMember("XOF"), "99213", "125.00", "93000", "35.17"), "PCN1");

        RemittedClaim reversal = original.reversal();

        assertThat(reversal.statusCode()).isEqualTo("22");
        assertThat(reversal.payerClaimNumber()).isEqualTo("PCN1");
        assertThat(reversal.charge()).isEqualTo(original.charge().negate());
        assertThat(reversal.paid()).isEqualTo(original.paid().negate());
        assertThat(reversal.patientResponsibility()).isEqualTo(original.patientResponsibility().negate());
        assertThat(reversal.lines().get(0).adjustments()).containsExactly(
                new Adjustment("CO", "45", new BigDecimal("-25.00")),
                new Adjustment("PR", "2", new BigDecimal("-20.00")));
    }

    @Test
    void aCorrectionAllowsMoreAndSaysItCorrectsAPriorClaim() {
        PayerClaim claim = claim("C1", "BCBS01", Claims.plainMember("XOF"), "99213", "125.00");

        RemittedClaim corrected = adjudicator.corrected(claim, "PCN1");

        // 125.00 x 0.85 = 106.25, coinsurance 21.25
        assertThat(corrected.paid()).isEqualTo("85.00");
        assertThat(corrected.patientResponsibility()).isEqualTo("21.25");
        assertThat(corrected.claimRemarks()).containsExactly("MA67");
        assertThat(corrected.paid()).isGreaterThan(adjudicator.adjudicate(claim, "PCN1").paid());
    }

    @Test
    void theSecondaryPayerPaysTheCoinsuranceAndLeavesTheCopayToThePatient() {
        RemittedClaim primary = adjudicator.adjudicate(
                claim("C1", "AETNA01", Claims.plainMember("W"), "99214", "178.35", "93000", "35.17"), "PCN1");

        RemittedClaim secondary = adjudicator.secondary(primary, "MG1").orElseThrow();

        assertThat(secondary.statusCode()).isEqualTo("2");
        assertThat(secondary.payerClaimNumber()).isEqualTo("MG1");
        assertThat(secondary.charge()).isEqualTo(primary.charge());
        assertThat(secondary.paid()).isEqualTo("5.63");
        assertThat(secondary.patientResponsibility()).isEqualTo("20.00");
        assertThat(secondary.lines().get(0).adjustments()).containsExactly(
                new Adjustment("OA", "23", new BigDecimal("158.35")),
                new Adjustment("PR", "3", new BigDecimal("20.00")));
        assertThat(secondary.lines().get(1).adjustments())
                .containsExactly(new Adjustment("OA", "23", new BigDecimal("29.54")));
    }

    @Test
    void noSecondaryPaymentWithoutCoinsurance() {
        RemittedClaim copayOnly = adjudicator.adjudicate(
                claim("C1", "AETNA01", Claims.plainMember("W"), "99214", "178.35"), "PCN1");

        assertThat(adjudicator.secondary(copayOnly, "MG1")).isEmpty();
    }

    @Test
    void everyLineAndClaimBalancesToTheCent() {
        Random random = new Random(42);
        String[] codes = {"99213", "93000", "36415", "80053", "71046", "G0439", "99214"};
        String[] payers = {"BCBS01", "AETNA01", "UHC01", "OTHER9"};
        for (int i = 0; i < 2_000; i++) {
            int lines = 1 + random.nextInt(4);
            String[] procedures = new String[lines * 2];
            for (int j = 0; j < lines; j++) {
                procedures[2 * j] = codes[random.nextInt(codes.length)];
                procedures[2 * j + 1] = BigDecimal.valueOf(random.nextInt(500_000), 2).toPlainString();
            }
            PayerClaim claim = claim("C" + i, payers[random.nextInt(payers.length)], "M" + random.nextInt(1000),
                    List.of(random.nextBoolean() ? "I10" : "J069"), procedures);
            RemittedClaim remitted = adjudicator.adjudicate(claim, "PCN" + i);

            for (RemittedLine line : remitted.lines()) {
                BigDecimal adjusted = line.adjustments().stream().map(Adjustment::amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(line.charge().subtract(adjusted)).as("%s", claim).isEqualTo(line.paid());
                assertThat(line.paid().signum()).isNotNegative();
                assertThat(line.adjustments()).allSatisfy(adjustment -> assertThat(adjustment.amount()).isPositive());
            }
            assertThat(remitted.charge()).isEqualByComparingTo(claim.totalCharge());
            adjudicator.secondary(remitted, "S" + i).ifPresent(secondary ->
                    assertThat(secondary.paid()).isLessThanOrEqualTo(remitted.patientResponsibility()));
        }
    }
}
