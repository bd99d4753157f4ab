package org.openrcm.patientbilling.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class StatementScheduleTest {

    @Test
    void offOrDisabledOrNothingMeansNoCycle() {
        assertThat(StatementCycle.kindOf("off")).isEqualTo(StatementCycle.Kind.OFF);
        assertThat(StatementCycle.kindOf("OFF")).isEqualTo(StatementCycle.Kind.OFF);
        assertThat(StatementCycle.kindOf("disabled")).isEqualTo(StatementCycle.Kind.OFF);
        assertThat(StatementCycle.kindOf("")).isEqualTo(StatementCycle.Kind.OFF);
    }

    @Test
    void fieldsSeparatedBySpacesAreACronExpressionAndOneWordAnInterval() {
        assertThat(StatementCycle.kindOf("0 0 4 ? * MON")).isEqualTo(StatementCycle.Kind.CRON);
        assertThat(StatementCycle.kindOf("24h")).isEqualTo(StatementCycle.Kind.EVERY);
        assertThat(StatementCycle.kindOf("PT12H")).isEqualTo(StatementCycle.Kind.EVERY);
    }

    @Test
    void theCycleDayIsItsDayOfTheMonthOrTheLastDayOfAShorterMonth() {
        assertThat(StatementCycle.lastCycleDate(LocalDate.of(2026, 12, 4), 4)).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(StatementCycle.lastCycleDate(LocalDate.of(2026, 4, 30), 31)).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(StatementCycle.lastCycleDate(LocalDate.of(2027, 2, 28), 30)).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void aCycleDayThatPassedIsTheLastCycleDateUntilTheNextOneComes() {
        assertThat(StatementCycle.lastCycleDate(LocalDate.of(2026, 12, 5), 4)).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(StatementCycle.lastCycleDate(LocalDate.of(2026, 12, 3), 4)).isEqualTo(LocalDate.of(2026, 11, 4));
        assertThat(StatementCycle.lastCycleDate(LocalDate.of(2026, 3, 30), 31)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(StatementCycle.lastCycleDate(LocalDate.of(2027, 1, 2), 31)).isEqualTo(LocalDate.of(2026, 12, 31));
    }
}
