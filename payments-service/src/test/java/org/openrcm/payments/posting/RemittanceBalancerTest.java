package org.openrcm.payments.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openrcm.events.common.Adjustment;
import org.openrcm.payments.remittance.ClaimRemittance;
import org.openrcm.payments.remittance.ProviderAdjustment;
import org.openrcm.payments.remittance.Remittance;
import org.openrcm.payments.remittance.RemittanceSource;
import org.openrcm.payments.remittance.Remittances;

class RemittanceBalancerTest {

    static ClaimRemittance claim(String charge, String paid, String patientShare, Adjustment... adjustments) {
        return Remittances.claim("clm-1", "1", new BigDecimal(charge), new BigDecimal(paid),
                new BigDecimal(patientShare), "PCN1", List.of(adjustments));
    }

    static Adjustment adjustment(String group, String reason, String amount) {
        return new Adjustment(group, reason, new BigDecimal(amount));
    }

    static Remittance remittance(String payment, ClaimRemittance... claims) {
        return Remittances.remittance("BCBS01", "Blue Cross", "EFT1", "ACH", LocalDate.of(2026, 11, 25),
                new BigDecimal(payment), List.of(claims));
    }

    @Test
    void claimWhoseChargeIsPaidPlusAllAdjustmentsBalances() {
        ClaimRemittance claim = claim("250.00", "160.00", "40.00",
                adjustment("CO", "45", "50.00"), adjustment("PR", "2", "40.00"));

        assertThat(RemittanceBalancer.claimImbalance(claim)).isEmpty();
    }

    @Test
    void claimOffByOneCentIsUnbalancedAndTheReasonSaysByHowMuch() {
        ClaimRemittance claim = claim("250.00", "160.00", "40.00",
                adjustment("CO", "45", "49.99"), adjustment("PR", "2", "40.00"));

        assertThat(RemittanceBalancer.claimImbalance(claim))
                .hasValue("charge 250.00 is not paid 160.00 + adjustments 89.99 (off by 0.01)");
    }

    @Test
    void everyAdjustmentGroupCountsTowardsTheCharge() {
        ClaimRemittance claim = claim("300.00", "100.00", "25.00", adjustment("CO", "45", "100.00"),
                adjustment("OA", "23", "50.00"), adjustment("PI", "94", "25.00"), adjustment("PR", "3", "25.00"));

        assertThat(RemittanceBalancer.claimImbalance(claim)).isEmpty();
    }

    @Test
    void patientResponsibilityMustBeExactlyThePrAdjustments() {
        ClaimRemittance claim = claim("250.00", "160.00", "50.00",
                adjustment("CO", "45", "50.00"), adjustment("PR", "2", "40.00"));

        assertThat(RemittanceBalancer.claimImbalance(claim))
                .hasValue("patient responsibility 50.00 is not the PR adjustments 40.00 (off by 10.00)");
    }

    @Test
    void bothClaimProblemsAreReportedTogether() {
        ClaimRemittance claim = claim("250.00", "150.00", "41.00",
                adjustment("CO", "45", "50.00"), adjustment("PR", "1", "40.00"));

        assertThat(RemittanceBalancer.claimImbalance(claim)).hasValueSatisfying(reason -> assertThat(reason)
                .contains("off by 10.00").contains("patient responsibility 41.00").contains("; "));
    }

    @Test
    void claimFullyPaidWithoutAdjustmentsBalances() {
        assertThat(RemittanceBalancer.claimImbalance(claim("95.00", "95.00", "0.00"))).isEmpty();
    }

    @Test
    void deniedClaimBalancesWhenItsAdjustmentsCoverTheCharge() {
        ClaimRemittance denied = Remittances.claim("clm-2", "4", new BigDecimal("250.00"), new BigDecimal("0.00"),
                new BigDecimal("0.00"), null, List.of(adjustment("CO", "50", "250.00")));

        assertThat(RemittanceBalancer.claimImbalance(denied)).isEmpty();
    }

    @Test
    void reversalWithNegativeAmountsBalancesLikeAnyOtherClaim() {
        ClaimRemittance reversal = Remittances.claim("clm-1", "22", new BigDecimal("-250.00"),
                new BigDecimal("-160.00"), new BigDecimal("-40.00"), "PCN1",
                List.of(adjustment("CO", "45", "-50.00"), adjustment("PR", "2", "-40.00")));

        assertThat(RemittanceBalancer.claimImbalance(reversal)).isEmpty();
    }

    @Test
    void negativeAdjustmentCanMakeUpForAnOverpaymentToTheCent() {
        ClaimRemittance claim = claim("100.00", "100.01", "0.00", adjustment("OA", "94", "-0.01"));

        assertThat(RemittanceBalancer.claimImbalance(claim)).isEmpty();
    }

    @Test
    void amountsWithoutDecimalsBalanceAgainstAmountsWithTwo() {
        ClaimRemittance claim = claim("250", "160.0", "40", adjustment("CO", "45", "50"),
                adjustment("PR", "2", "40.00"));

        assertThat(RemittanceBalancer.claimImbalance(claim)).isEmpty();
        assertThat(claim.chargeAmount()).hasToString("250.00");
    }

    @Test
    void fractionsOfACentAreRefusedRatherThanRounded() {
        assertThatThrownBy(() -> claim("250.005", "160.00", "0.00"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("250.005");
    }

    @Test
    void remittanceBalancesWhenThePaymentIsTheSumOfPaidAmounts() {
        Remittance remittance = remittance("180.00", claim("250.00", "160.00", "40.00",
                adjustment("CO", "45", "50.00"), adjustment("PR", "2", "40.00")), claim("20.00", "20.00", "0.00"));

        assertThat(RemittanceBalancer.remittanceImbalance(remittance)).isEmpty();
    }

    @Test
    void providerLevelAdjustmentsOfEveryKindCountAgainstThePayment() {
        // Interest paid (L6, negative: adds to the payment), an overpayment recovered (WO), a forward balance (FB)
        // carried from an earlier ERA: BPR02 = 160.00 - (-2.50 + 20.00 + 12.25) = 130.25.
        List<ProviderAdjustment> plbs = List.of(plb("L6", null, "-2.50"), plb("WO", "PAYEROLD9", "20.00"),
                plb("FB", "FB20261101", "12.25"));
        ClaimRemittance claim = claim("250.00", "160.00", "40.00", adjustment("CO", "45", "50.00"),
                adjustment("PR", "2", "40.00"));

        assertThat(RemittanceBalancer.remittanceImbalance(withPlbs("130.25", claim, plbs))).isEmpty();
        assertThat(RemittanceBalancer.remittanceImbalance(withPlbs("142.50", claim, plbs))).hasValueSatisfying(
                reason -> assertThat(reason).contains("less provider adjustments 29.75 (= 130.25)")
                        .contains("difference 12.25"));
    }

    private static ProviderAdjustment plb(String reason, String reference, String amount) {
        return new ProviderAdjustment("1234567893", LocalDate.of(2026, 12, 31), reason, reference,
                new BigDecimal(amount), 0);
    }

    private static Remittance withPlbs(String payment, ClaimRemittance claim, List<ProviderAdjustment> plbs) {
        return new Remittance("BCBS01", "Blue Cross", "1234567893", "Sunrise", "EFT1", "ACH",
                LocalDate.of(2026, 11, 25), new BigDecimal(payment), List.of(claim), plbs,
                RemittanceSource.of(RemittanceSource.API));
    }

    @Test
    void remittanceWhosePaymentDiffersIsUnbalancedWithTheDifference() {
        Remittance remittance = remittance("180.00", claim("250.00", "160.00", "40.00",
                adjustment("CO", "45", "50.00"), adjustment("PR", "2", "40.00")), claim("20.00", "19.99", "0.00",
                        adjustment("CO", "45", "0.01")));

        assertThat(RemittanceBalancer.remittanceImbalance(remittance)).hasValue(
                "payment amount 180.00 is not the sum of the claims' paid amounts 179.99 (difference 0.01)");
    }

    @Test
    void remittanceWithAReversalAndItsCorrectionBalancesOnTheNetAmount() {
        ClaimRemittance reversal = Remittances.claim("clm-1", "22", new BigDecimal("-250.00"),
                new BigDecimal("-160.00"), new BigDecimal("0.00"), "PCN1", List.of(adjustment("CO", "45", "-90.00")));
        ClaimRemittance correction = claim("250.00", "170.00", "0.00", adjustment("CO", "45", "80.00"));

        assertThat(RemittanceBalancer.remittanceImbalance(remittance("10.00", reversal, correction))).isEmpty();
    }
}
