package org.openrcm.simulator.adjudication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openrcm.simulator.adjudication.Claims.claim;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.openrcm.simulator.adjudication.RemittancePlanner.Plan;
import org.openrcm.simulator.adjudication.RemittancePlanner.Treatment;

class RemittancePlannerTest {

    /** 2026-11-20: the claims' service date (2026-11-02) is 18 days back, inside the prompt-pay window. */
    private static final Clock WITHIN_WINDOW = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);

    private final AtomicInteger sequence = new AtomicInteger();
    private final Adjudicator adjudicator = new Adjudicator(PayerContracts.STANDARD);

    @Test
    void paysEachPayersClaimsInOneRemittanceThatBalances() {
        Plan plan = planner(WITHIN_WINDOW).plan(List.of(
                accepted(claim(pcn(Treatment.REGULAR, 0), "BCBS01", Claims.plainMember("XOF"), "99213", "125.00")),
                accepted(claim(pcn(Treatment.REGULAR, 1), "AETNA01", Claims.plainMember("W"), "99213", "125.00")),
                accepted(claim(pcn(Treatment.REGULAR, 2), "BCBS01", Claims.plainMember("XOF"), "93000", "35.17"))));

        assertThat(plan.first()).hasSize(2);
        assertThat(plan.second()).isEmpty();
        Remittance blueCross = plan.first().get(0);
        assertThat(blueCross.payerId()).isEqualTo("BCBS01");
        assertThat(blueCross.payerName()).isEqualTo("Blue Cross Blue Shield of Illinois");
        assertThat(blueCross.payee()).isEqualTo(Claims.LAKESIDE);
        assertThat(blueCross.paymentDate()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(blueCross.claims()).hasSize(2);
        assertThat(blueCross.providerAdjustments()).isEmpty();
        assertThat(blueCross.paymentAmount()).isEqualTo("102.51"); // 80.00 + 22.51
        assertThat(plan.first().get(1).traceNumber()).isNotEqualTo(blueCross.traceNumber());
    }

    @Test
    void splitsAClaimOverTwoRemittancesUnderTwoPayerClaimNumbers() {
        PayerClaim claim = claim(pcn(Treatment.SPLIT, 0), "BCBS01", Claims.plainMember("XOF"), "99213", "125.00",
                "93000", "35.17", "71046", "64.99");

        Plan plan = planner(WITHIN_WINDOW).plan(List.of(accepted(claim)));

        RemittedClaim first = single(plan.first()).claims().get(0);
        RemittedClaim second = single(plan.second()).claims().get(0);
        assertThat(first.lines()).extracting(line -> line.line().procedureCode()).containsExactly("99213", "93000");
        assertThat(second.lines()).extracting(line -> line.line().procedureCode()).containsExactly("71046");
        assertThat(first.claimRemarks()).containsExactly("MA15");
        assertThat(second.claimRemarks()).containsExactly("MA15");
        assertThat(first.claim().patientControlNumber()).isEqualTo(second.claim().patientControlNumber());
        assertThat(first.payerClaimNumber()).isNotEqualTo(second.payerClaimNumber());
        assertThat(first.charge().add(second.charge())).isEqualTo("225.16");
        assertThat(first.paid().add(second.paid()))
                .isEqualTo(adjudicator.adjudicate(claim, "X").paid());
    }

    @Test
    void reversesAPaidClaimAndPaysItAgainCorrected() {
        PayerClaim claim = claim(pcn(Treatment.REVERSED_AND_CORRECTED, 0), "UHC01", Claims.plainMember("U"),
                "99213", "125.00");

        Plan plan = planner(WITHIN_WINDOW).plan(List.of(accepted(claim)));

        RemittedClaim original = single(plan.first()).claims().get(0);
        Remittance correction = single(plan.second());
        assertThat(correction.claims()).extracting(RemittedClaim::statusCode).containsExactly("22", "1");
        RemittedClaim reversal = correction.claims().get(0);
        RemittedClaim corrected = correction.claims().get(1);
        assertThat(reversal.paid()).isEqualTo(original.paid().negate());
        assertThat(reversal.payerClaimNumber()).isEqualTo(original.payerClaimNumber());
        assertThat(corrected.payerClaimNumber()).isEqualTo(original.payerClaimNumber());
        assertThat(corrected.claimRemarks()).containsExactly("MA67");
        assertThat(correction.paymentAmount()).isEqualTo(corrected.paid().subtract(original.paid()))
                .isPositive();
    }

    @Test
    void doesNotReverseADeniedClaim() {
        PayerClaim claim = claim(pcn(Treatment.REVERSED_AND_CORRECTED, 0), "BCBS01", Claims.plainMember("XOF"),
                List.of("Z0000"), "G0439", "138.62");

        Plan plan = planner(WITHIN_WINDOW).plan(List.of(accepted(claim)));

        assertThat(single(plan.first()).claims().get(0).statusCode()).isEqualTo("4");
        assertThat(plan.second()).isEmpty();
    }

    @Test
    void sendsTheCrossoverToTheSecondaryPayerInTheSecondWave() {
        PayerClaim claim = claim(pcn(Treatment.REGULAR, 0), "BCBS01", Claims.memberWithSecondaryPayer(), "99213",
                "125.00");

        Plan plan = planner(WITHIN_WINDOW).plan(List.of(accepted(claim)));

        Remittance secondary = single(plan.second());
        assertThat(secondary.payerId()).isEqualTo(PayerContracts.SECONDARY_PAYER_ID);
        assertThat(secondary.payerName()).isEqualTo(PayerContracts.SECONDARY_PAYER_NAME);
        RemittedClaim crossover = secondary.claims().get(0);
        assertThat(crossover.statusCode()).isEqualTo("2");
        assertThat(crossover.claim().patientControlNumber()).isEqualTo(claim.patientControlNumber());
        assertThat(crossover.paid()).isEqualTo("20.00");
        assertThat(crossover.patientResponsibility()).isZero();
        assertThat(secondary.paymentAmount()).isEqualTo("20.00");
    }

    @Test
    void addsPromptPayInterestForLateClaimsOfPayersThatOweIt() {
        Clock late = Clock.fixed(Instant.parse("2026-12-22T10:00:00Z"), ZoneOffset.UTC); // 50 days after service
        PayerClaim blueCross = claim(pcn(Treatment.REGULAR, 0), "BCBS01", Claims.plainMember("XOF"), "99213",
                "125.00");
        PayerClaim aetna = claim(pcn(Treatment.REGULAR, 1), "AETNA01", Claims.plainMember("W"), "93000", "35.17");

        Plan plan = planner(late).plan(List.of(accepted(blueCross), accepted(aetna)));

        Remittance withInterest = plan.first().get(0);
        // 80.00 x 9 % x 20 days / 365 = 0.39
        assertThat(withInterest.providerAdjustments()).containsExactly(
                new ProviderAdjustment("L6", blueCross.patientControlNumber(), new BigDecimal("-0.39")));
        assertThat(withInterest.paymentAmount()).isEqualTo("80.39");
        assertThat(plan.first().get(1).providerAdjustments()).isEmpty();
        assertThat(single(planner(WITHIN_WINDOW).plan(List.of(accepted(blueCross))).first()).providerAdjustments())
                .isEmpty();
    }

    @Test
    void picksTheSameTreatmentForTheSameClaimAndARealisticShareOfEach() {
        List<Treatment> treatments = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            treatments.add(RemittancePlanner.treatmentOf(claim("CLM" + i, "BCBS01", "M", "99213", "1", "93000", "1")));
        }

        long reversed = treatments.stream().filter(Treatment.REVERSED_AND_CORRECTED::equals).count();
        long split = treatments.stream().filter(Treatment.SPLIT::equals).count();
        assertThat(reversed).isBetween(40L, 130L);
        assertThat(split).isBetween(100L, 230L);
        assertThat(RemittancePlanner.treatmentOf(claim("CLM7", "BCBS01", "M", "99213", "1", "93000", "1")))
                .isEqualTo(treatments.get(7));
        assertThat(RemittancePlanner.treatmentOf(claim(pcn(Treatment.SPLIT, 0), "BCBS01", "M", "99213", "1")))
                .as("a single line is never split").isEqualTo(Treatment.REGULAR);
    }

    private RemittancePlanner planner(Clock clock) {
        return new RemittancePlanner(adjudicator, () -> "EFT" + sequence.incrementAndGet(),
                () -> "PCN" + sequence.incrementAndGet(), clock);
    }

    private AcceptedClaim accepted(PayerClaim claim) {
        return new AcceptedClaim(claim, "ICN" + sequence.incrementAndGet());
    }

    /** The {@code n}th patient control number whose (multi-line) claim gets this treatment. */
    private static String pcn(Treatment treatment, int n) {
        int found = 0;
        for (int i = 0; ; i++) {
            String pcn = "CLM" + i;
            if (RemittancePlanner.treatmentOf(claim(pcn, "BCBS01", "M", "99213", "1", "93000", "1")) == treatment
                    && found++ == n) {
                return pcn;
            }
        }
    }

    private static Remittance single(List<Remittance> remittances) {
        assertThat(remittances).hasSize(1);
        return remittances.get(0);
    }
}
