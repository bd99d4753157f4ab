package org.openrcm.payments.posting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.openrcm.events.common.Adjustment;
import org.openrcm.payments.domain.Money;
import org.openrcm.payments.ledger.LedgerEntryType;
import org.openrcm.payments.remittance.Cas;
import org.openrcm.payments.remittance.ClaimRemittance;
import org.openrcm.payments.remittance.ProviderAdjustment;
import org.openrcm.payments.remittance.Remittance;
import org.openrcm.payments.remittance.RemittanceFingerprint;
import org.openrcm.payments.remittance.RemittanceSource;
import org.openrcm.payments.remittance.ServiceLineRemittance;

/**
 * Properties of posting over many random cases with fixed seeds (a failure names its seed): random remittances
 * post exactly their payment and balance claim by claim; random sequences of original, reversal, correction and
 * secondary adjudications leave the patient owing the last standing adjudication's share (patient-billing-service's
 * ResponsibilityReplacementPropertiesTest replays such determinations through its replacement rule).
 */
class PostingPropertiesTest {

    private static final int CASES = 500;

    @Test
    void postedAmountsAddUpToTheEraPaymentAndEveryClaimBalances() {
        for (long seed = 1; seed <= CASES; seed++) {
            Random random = new Random(seed);
            Remittance remittance = randomRemittance(random);

            assertThat(RemittanceBalancer.remittanceImbalance(remittance)).as("seed %d", seed).isEmpty();
            BigDecimal postedPayments = Money.ZERO;
            for (ClaimRemittance claim : remittance.claims()) {
                assertThat(RemittanceBalancer.claimImbalance(claim)).as("seed %d", seed).isEmpty();
                List<Integer> lineNumbers = LineMatcher.match(claim.lines(), List.of());
                List<LedgerPlan.Entry> entries = LedgerPlan.of(claim, lineNumbers, cas -> true, true);
                BigDecimal paid = sum(entries, LedgerEntryType.INSURANCE_PAYMENT);
                BigDecimal adjusted = sum(entries, LedgerEntryType.ADJUSTMENT);
                assertThat(paid).as("seed %d claim paid", seed).isEqualByComparingTo(claim.paidAmount());
                assertThat(paid.add(adjusted)).as("seed %d claim balances", seed)
                        .isEqualByComparingTo(claim.chargeAmount());
                assertThat(entries.stream().filter(e -> "PR".equals(e.groupCode())).map(LedgerPlan.Entry::amount)
                        .reduce(Money.ZERO, BigDecimal::add)).as("seed %d patient share", seed)
                        .isEqualByComparingTo(claim.patientResponsibilityAmount());
                postedPayments = postedPayments.add(paid);
            }
            BigDecimal providerAdjusted = Money.sum(remittance.providerAdjustments().stream()
                    .map(ProviderAdjustment::amount));
            assertThat(postedPayments.subtract(providerAdjusted)).as("seed %d payment", seed)
                    .isEqualByComparingTo(remittance.paymentAmount());
        }
    }

    @Test
    void aCentOffAnywhereIsCaughtWithTheExactDifference() {
        for (long seed = 1; seed <= CASES; seed++) {
            Random random = new Random(seed);
            Remittance remittance = randomRemittance(random);
            BigDecimal cent = random.nextBoolean() ? new BigDecimal("0.01") : new BigDecimal("-0.01");
            Remittance off = new Remittance(remittance.payerId(), remittance.payerName(), remittance.payeeId(),
                    remittance.payeeName(), remittance.traceNumber(), remittance.paymentMethod(),
                    remittance.paymentDate(), remittance.paymentAmount().add(cent), remittance.claims(),
                    remittance.providerAdjustments(), remittance.source());

            assertThat(RemittanceBalancer.remittanceImbalance(off)).as("seed %d", seed).hasValueSatisfying(
                    reason -> assertThat(reason).endsWith("(difference " + cent.toPlainString() + ")"));
            assertThat(RemittanceFingerprint.of(off).hash()).isNotEqualTo(RemittanceFingerprint.of(remittance).hash());
        }
    }

    @Test
    void thePatientOwesTheLastStandingAdjudicationsShareAfterAnySequence() {
        for (long seed = 1; seed <= CASES; seed++) {
            Random random = new Random(seed);
            BigDecimal charge = amount(random, 50, 900);
            List<ClaimRemittance> standing = new ArrayList<>();
            List<ClaimRemittance> history = new ArrayList<>();
            List<Boolean> reversed = new ArrayList<>();
            int steps = 1 + random.nextInt(12);
            for (int step = 0; step < steps; step++) {
                ClaimRemittance top = standing.isEmpty() ? null : standing.get(standing.size() - 1);
                int choice = random.nextInt(3);
                if (top != null && choice == 0) {
                    standing.remove(standing.size() - 1);
                    reversed.set(history.lastIndexOf(top), true);
                } else if (top != null && choice == 1) {
                    BigDecimal owed = Money.sum(ClaimPaymentPoster.patientShareOf(standing).stream()
                            .map(Adjustment::amount));
                    ClaimRemittance secondary = secondary(random, charge, owed);
                    standing.add(secondary);
                    history.add(secondary);
                    reversed.add(false);
                } else if (top == null) {
                    ClaimRemittance primary = primary(random, charge);
                    standing.add(primary);
                    history.add(primary);
                    reversed.add(false);
                } else {
                    continue;
                }
                BigDecimal owed = Money.sum(ClaimPaymentPoster.patientShareOf(standing).stream()
                        .map(Adjustment::amount));
                BigDecimal expected = Money.ZERO;
                for (int i = history.size() - 1; i >= 0; i--) {
                    if (!reversed.get(i)) {
                        expected = history.get(i).patientResponsibilityAmount();
                        break;
                    }
                }
                assertThat(owed).as("seed %d step %d", seed, step).isEqualByComparingTo(expected);
            }
        }
    }

    private static ClaimRemittance primary(Random random, BigDecimal charge) {
        BigDecimal patient = amount(random, 0, charge.movePointRight(2).intValue() / 300);
        BigDecimal contractual = amount(random, 0, charge.subtract(patient).movePointRight(2).intValue() / 100);
        BigDecimal paid = charge.subtract(patient).subtract(contractual);
        return new ClaimRemittance("PCN1", "1", charge, paid, patient, "PAYER1",
                List.of(new Cas("CO", "45", contractual, 0), new Cas("PR", "2", patient, 0)), List.of(), List.of(), 0);
    }

    /** A crossover that pays part of what the patient owes and leaves the patient the rest. */
    private static ClaimRemittance secondary(Random random, BigDecimal charge, BigDecimal owed) {
        BigDecimal paid = amount(random, 0, owed.movePointRight(2).intValue() / 100);
        BigDecimal left = owed.subtract(paid);
        return new ClaimRemittance("PCN1", "2", charge, paid, left, "MGAP1",
                List.of(new Cas("OA", "23", charge.subtract(paid).subtract(left), 0), new Cas("PR", "2", left, 0)),
                List.of(), List.of(), 0);
    }

    private static Remittance randomRemittance(Random random) {
        List<ClaimRemittance> claims = new ArrayList<>();
        int claimCount = 1 + random.nextInt(8);
        for (int c = 0; c < claimCount; c++) {
            boolean reversal = random.nextInt(6) == 0;
            List<ServiceLineRemittance> lines = new ArrayList<>();
            BigDecimal charge = Money.ZERO;
            BigDecimal linesPaid = Money.ZERO;
            BigDecimal patient = Money.ZERO;
            int lineCount = random.nextInt(5);
            for (int l = 0; l < lineCount; l++) {
                BigDecimal lineCharge = amount(random, 10, 999);
                BigDecimal pr = amount(random, 0, lineCharge.intValue() / 4);
                BigDecimal co = amount(random, 0, lineCharge.subtract(pr).intValue());
                BigDecimal linePaid = lineCharge.subtract(pr).subtract(co);
                List<Cas> cas = new ArrayList<>(List.of(new Cas("CO", "45", sign(co, reversal), 0),
                        new Cas("PR", random.nextBoolean() ? "2" : "1", sign(pr, reversal), 0)));
                lines.add(new ServiceLineRemittance("99213", List.of(), sign(lineCharge, reversal),
                        sign(linePaid, reversal), BigDecimal.ONE, null, List.of(), String.valueOf(l + 1), null, cas,
                        List.of(), 0));
                charge = charge.add(lineCharge);
                linesPaid = linesPaid.add(linePaid);
                patient = patient.add(pr);
            }
            List<Cas> claimLevel = new ArrayList<>();
            if (lineCount == 0 || random.nextInt(4) == 0) {
                BigDecimal extra = amount(random, 1, 300);
                BigDecimal oa = amount(random, 0, extra.intValue());
                claimLevel.add(new Cas("OA", "94", sign(oa, reversal), 0));
                charge = charge.add(extra);
                linesPaid = linesPaid.add(extra.subtract(oa));
            }
            claims.add(new ClaimRemittance("PCN" + c, reversal ? "22" : "1", sign(charge, reversal),
                    sign(linesPaid, reversal), sign(patient, reversal), "PAYER" + c, claimLevel, lines, List.of(), 0));
        }
        List<ProviderAdjustment> plbs = new ArrayList<>();
        if (random.nextBoolean()) {
            plbs.add(new ProviderAdjustment("1234567893", LocalDate.of(2026, 12, 31), "L6", null,
                    amount(random, 0, 20).negate(), 0));
        }
        if (random.nextInt(3) == 0) {
            plbs.add(new ProviderAdjustment("1234567893", LocalDate.of(2026, 12, 31), "WO", "OLD1",
                    amount(random, 0, 200), 0));
        }
        BigDecimal payment = Money.sum(claims.stream().map(ClaimRemittance::paidAmount))
                .subtract(Money.sum(plbs.stream().map(ProviderAdjustment::amount)));
        return new Remittance("ACME01", "Acme", "1234567893", "Practice", "EFT" + random.nextInt(1_000_000), "ACH",
                LocalDate.of(2026, 12, 2), payment, claims, plbs, RemittanceSource.of(RemittanceSource.API));
    }

    /** A random amount in whole cents between {@code min} and {@code max} dollars. */
    private static BigDecimal amount(Random random, int min, int max) {
        long cents = min * 100L + (max <= min ? 0 : random.nextInt((max - min) * 100 + 1));
        return BigDecimal.valueOf(cents, 2);
    }

    private static BigDecimal sign(BigDecimal amount, boolean negative) {
        return negative ? amount.negate() : amount;
    }

    private static BigDecimal sum(List<LedgerPlan.Entry> entries, LedgerEntryType type) {
        return Money.sum(entries.stream().filter(e -> e.type() == type).map(LedgerPlan.Entry::amount));
    }
}
