package org.openrcm.patientbilling.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class DunningPolicyTest {

    private final DunningPolicy policy = new DunningPolicy(BillingSettings.DEFAULT_LEVELS);

    @Test
    void theLevelEscalatesWithTheAgeOfTheOldestOpenItem() {
        assertThat(policy.levelFor(0)).isZero();
        assertThat(policy.levelFor(29)).isZero();
        assertThat(policy.levelFor(30)).isEqualTo(1);
        assertThat(policy.levelFor(61)).isEqualTo(2);
        assertThat(policy.levelFor(90)).isEqualTo(3);
        assertThat(policy.levelFor(500)).isEqualTo(4);
    }

    @Test
    void eachLevelHasItsMessageAndLevelZeroNone() {
        assertThat(policy.messageOf(0)).isEmpty();
        assertThat(policy.messageOf(1)).contains(BillingSettings.DEFAULT_LEVELS.get(0).message());
        assertThat(policy.messageOf(4).orElseThrow()).contains("collection agency");
    }

    @Test
    void onlyAnAccountThatAlreadyGotTheFinalNoticeGoesToCollections() {
        assertThat(policy.sendsToCollections(3, 4)).as("final notice not sent yet").isFalse();
        assertThat(policy.sendsToCollections(4, 4)).isTrue();
        assertThat(policy.sendsToCollections(4, 0)).as("on hold or on a plan").isFalse();
        assertThat(new DunningPolicy(List.of()).sendsToCollections(0, 0)).as("no dunning configured").isFalse();
    }

    @Test
    void levelsOutOfOrderAreRefused() {
        assertThatThrownBy(() -> new DunningPolicy(List.of(new DunningLevel(60, "b"), new DunningLevel(30, "a"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
