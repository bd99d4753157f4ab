package org.openrcm.patientbilling.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openrcm.patientbilling.BillingEvents.money;
import static org.openrcm.patientbilling.statement.OpenItemsTest.charge;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AgingBucketsTest {

    @Test
    void eachOpenItemFallsInTheBucketOfItsAgeInDays() {
        OpenItems open = OpenItems.of(List.of(
                charge("d30", "1.00", "2026-11-01T12:00:00Z"),
                charge("d31", "2.00", "2026-10-31T12:00:00Z"),
                charge("d61", "4.00", "2026-09-30T12:00:00Z"),
                charge("d120", "8.00", "2026-08-03T12:00:00Z"),
                charge("d121", "16.00", "2026-08-02T12:00:00Z")), Map.of(), ZoneOffset.UTC);

        AgingBuckets aging = AgingBuckets.of(open, LocalDate.of(2026, 12, 1));

        assertThat(aging.current()).isEqualTo(money("1.00"));
        assertThat(aging.days31To60()).isEqualTo(money("2.00"));
        assertThat(aging.days61To90()).isEqualTo(money("4.00"));
        assertThat(aging.days91To120()).isEqualTo(money("8.00"));
        assertThat(aging.over120()).isEqualTo(money("16.00"));
        assertThat(aging.total()).isEqualTo(money("31.00"));
    }

    @Test
    void bucketsOfSeveralAccountsAddUp() {
        AgingBuckets one = AgingBuckets.NONE.add(10, money("5.00")).add(200, money("1.10"));
        AgingBuckets two = AgingBuckets.NONE.add(45, money("2.00"));

        AgingBuckets both = one.plus(two);

        assertThat(both.current()).isEqualTo(money("5.00"));
        assertThat(both.days31To60()).isEqualTo(money("2.00"));
        assertThat(both.over120()).isEqualTo(money("1.10"));
    }
}
