package org.openrcm.patientbilling.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.openrcm.events.common.Adjustment;
import org.openrcm.events.payments.PatientResponsibilityDetermined;
import org.openrcm.events.payments.PatientResponsibilityDeterminedV2;

/**
 * The account's replacement rule over many random sequences (fixed seeds): determinations of original, reversal,
 * correction and secondary adjudications, each original or secondary preceded by its v1 share as payments-service
 * still sends it, with stale and repeated determinations delivered in between. Whatever the sequence, the account
 * owes exactly the last determination's amount.
 */
class ResponsibilityReplacementPropertiesTest {

    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    private static final String[] REASONS = {PatientResponsibilityDeterminedV2.ORIGINAL,
            PatientResponsibilityDeterminedV2.REVERSAL, PatientResponsibilityDeterminedV2.CORRECTION,
            PatientResponsibilityDeterminedV2.SECONDARY};

    @Test
    void theAccountOwesTheLastDeterminationAfterAnySequence() {
        for (long seed = 1; seed <= 1000; seed++) {
            Random random = new Random(seed);
            PatientAccount account = PatientAccount.open("t1", "pat-1", NOW);
            ClaimResponsibility claim = ClaimResponsibility.none(account, "clm-1", NOW);
            List<PatientResponsibilityDeterminedV2> sent = new ArrayList<>();
            BigDecimal last = Money.ZERO;
            int steps = 1 + random.nextInt(10);
            for (int revision = 1; revision <= steps; revision++) {
                String reason = REASONS[random.nextInt(REASONS.length)];
                BigDecimal owed = reason.equals(PatientResponsibilityDeterminedV2.REVERSAL) ? Money.ZERO
                        : BigDecimal.valueOf(random.nextInt(50_000), 2);
                if (!reason.equals(PatientResponsibilityDeterminedV2.REVERSAL) && owed.signum() > 0) {
                    applyV1(account, claim, owed);
                }
                PatientResponsibilityDeterminedV2 event = v2(owed, last, reason, revision);
                sent.add(event);
                apply(account, claim, event);
                last = owed;
                if (random.nextInt(3) == 0) {
                    apply(account, claim, sent.get(random.nextInt(sent.size())));
                }
                assertThat(account.balance()).as("seed %d revision %d", seed, revision).isEqualByComparingTo(last);
            }
        }
    }

    private static void applyV1(PatientAccount account, ClaimResponsibility claim, BigDecimal share) {
        PatientResponsibilityDetermined v1 = new PatientResponsibilityDetermined("t1", "clm-1", "pat-1", "rem-1",
                "ACME01", LocalDate.of(2026, 11, 20), new BigDecimal("250.00"), new BigDecimal("100.00"), share,
                List.of(new Adjustment("PR", "2", share)), NOW);
        account.post(AccountItem.charge(account, v1));
        claim.add(share, NOW);
    }

    private static void apply(PatientAccount account, ClaimResponsibility claim,
            PatientResponsibilityDeterminedV2 event) {
        claim.replace(event.amount(), event.revision(), NOW).filter(change -> change.signum() != 0)
                .ifPresent(change -> account.post(AccountItem.responsibilityChange(account, event, change)));
    }

    private static PatientResponsibilityDeterminedV2 v2(BigDecimal owed, BigDecimal previous, String reason,
            int revision) {
        return new PatientResponsibilityDeterminedV2("t1", "clm-1", "pat-1", "rem-" + revision, "ACME01",
                LocalDate.of(2026, 11, 20), new BigDecimal("250.00"), new BigDecimal("100.00"), owed, previous,
                reason, revision, owed.signum() == 0 ? List.of() : List.of(new Adjustment("PR", "2", owed)), NOW);
    }
}
