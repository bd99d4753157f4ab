package org.openrcm.patientbilling.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openrcm.patientbilling.BillingEvents.money;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openrcm.patientbilling.domain.PatientAccount;

class PaymentPlanTest {

    private static final Instant NOW = Instant.parse("2026-11-01T12:00:00Z");
    private static final LocalDate FIRST = LocalDate.of(2026, 11, 15);
    private final PatientAccount account = PatientAccount.open("lakeside", "P-1", NOW);

    private PaymentPlan plan() {
        // 250.00 in 100.00 installments: 100, 100, 50 on Nov 15, Dec 15, Jan 15; 20.00 had been paid before
        return PaymentPlan.create(account, money("250.00"), money("100.00"), PlanFrequency.MONTHLY, FIRST, true,
                money("20.00"), NOW).plan();
    }

    @Test
    void theInstallmentsCoverTheTotalAndTheEventSaysSo() {
        PaymentPlan.Created created = PaymentPlan.create(account, money("250.00"), money("100.00"),
                PlanFrequency.MONTHLY, FIRST, true, money("0.00"), NOW);

        assertThat(created.plan().installments()).isEqualTo(3);
        assertThat(created.event().installments()).isEqualTo(3);
        assertThat(created.event().frequency()).isEqualTo("MONTHLY");
        assertThat(created.event().accountId()).isEqualTo(account.id().toString());
    }

    @Test
    void whatIsDueCountsInstallmentsDueBeforeTodayAndTheLastIsTheRest() {
        PaymentPlan plan = plan();

        assertThat(plan.dueBefore(FIRST)).as("the due day itself is grace").isEqualTo(money("0.00"));
        assertThat(plan.dueBefore(FIRST.plusDays(1))).isEqualTo(money("100.00"));
        assertThat(plan.dueBefore(LocalDate.of(2026, 12, 16))).isEqualTo(money("200.00"));
        assertThat(plan.dueBefore(LocalDate.of(2027, 6, 1))).isEqualTo(money("250.00"));
    }

    @Test
    void aPlanIsKeptWhileThePaymentsSinceItStartedCoverWhatIsDue() {
        PaymentPlan plan = plan();

        assertThat(plan.check(money("120.00"), LocalDate.of(2026, 12, 1), NOW)).isEqualTo(PlanStatus.ACTIVE);
        assertThat(plan.nextDueDate(money("120.00"))).isEqualTo(LocalDate.of(2026, 12, 15));
    }

    @Test
    void aMissedInstallmentBreaksThePlan() {
        PaymentPlan plan = plan();

        // 99.99 paid since the plan started, 100.00 was due on Nov 15
        assertThat(plan.check(money("119.99"), LocalDate.of(2026, 11, 16), NOW)).isEqualTo(PlanStatus.BROKEN);
        assertThat(plan.check(money("500.00"), LocalDate.of(2026, 11, 17), NOW)).as("broken stays broken")
                .isEqualTo(PlanStatus.BROKEN);
    }

    @Test
    void payingTheTotalCompletesThePlan() {
        PaymentPlan plan = plan();

        assertThat(plan.check(money("270.00"), LocalDate.of(2026, 11, 2), NOW)).isEqualTo(PlanStatus.COMPLETED);
        assertThat(plan.endedAt()).isEqualTo(NOW);
    }

    @Test
    void anInstallmentAboveTheTotalIsRefused() {
        assertThatThrownBy(() -> PaymentPlan.create(account, money("50.00"), money("60.00"), PlanFrequency.WEEKLY,
                FIRST, false, money("0.00"), NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void biweeklyInstallmentsAreTwoWeeksApart() {
        assertThat(PlanFrequency.BIWEEKLY.dueDate(FIRST, 2)).isEqualTo(FIRST.plusWeeks(4));
    }
}
