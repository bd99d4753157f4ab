package org.openrcm.deploy.stack.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FaultScheduleTest {

    private static final Set<Set<FaultKind>> SAME_PART = Set.of(
            Set.of(FaultKind.CRASH, FaultKind.REBALANCE), Set.of(FaultKind.BROKER_RESTART, FaultKind.BROKER_FREEZE),
            Set.of(FaultKind.DATABASE_CONNECTIONS, FaultKind.DATABASE_FREEZE),
            Set.of(FaultKind.POISON, FaultKind.DUPLICATES));

    @Test
    void injectsEveryKindAloneFirstAndCrashesEachServiceOnce() {
        FaultSchedule schedule = new FaultSchedule(List.of(FaultKind.values()), 4, 1L);

        List<List<FaultKind>> single = schedule.single();

        assertThat(single).allSatisfy(round -> assertThat(round).hasSize(1));
        assertThat(single.stream().map(round -> round.get(0)).distinct()).containsExactly(FaultKind.values());
        assertThat(single.stream().filter(round -> round.get(0) == FaultKind.CRASH)).hasSize(4);
    }

    @Test
    void mixesTwoFaultsOnDifferentPartsOfTheStack() {
        FaultSchedule schedule = new FaultSchedule(List.of(FaultKind.values()), 4, 7L);

        for (int i = 0; i < 200; i++) {
            List<FaultKind> round = schedule.mixed();
            assertThat(round).hasSize(2).doesNotHaveDuplicates();
            assertThat(SAME_PART).doesNotContain(Set.copyOf(round));
        }
    }

    @Test
    void injectsAloneWhatHasNoPartnerOnAnotherPart() {
        FaultSchedule schedule = new FaultSchedule(List.of(FaultKind.BROKER_RESTART, FaultKind.BROKER_FREEZE), 4, 3L);

        assertThat(schedule.mixed()).hasSize(1);
    }

    @Test
    void repeatsTheSameMixedRoundsForTheSameSeed() {
        FaultSchedule first = new FaultSchedule(List.of(FaultKind.values()), 4, 11L);
        FaultSchedule second = new FaultSchedule(List.of(FaultKind.values()), 4, 11L);

        for (int i = 0; i < 20; i++) {
            assertThat(first.mixed()).isEqualTo(second.mixed());
        }
    }
}
