package org.openrcm.patientbilling.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.openrcm.patientbilling.domain.Money;

/** What is open by age in the practice's local days: 0-30, 31-60, 61-90, 91-120 and over 120 days. */
public record AgingBuckets(BigDecimal current, BigDecimal days31To60, BigDecimal days61To90,
        BigDecimal days91To120, BigDecimal over120) {

    public static final AgingBuckets NONE = new AgingBuckets(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO,
            Money.ZERO);

    public static AgingBuckets of(OpenItems open, LocalDate today) {
        AgingBuckets buckets = NONE;
        for (OpenItem item : open.items()) {
            buckets = buckets.add(ChronoUnit.DAYS.between(item.since(), today), item.open());
        }
        return buckets;
    }

    public AgingBuckets add(long ageDays, BigDecimal amount) {
        if (ageDays <= 30) {
            return new AgingBuckets(current.add(amount), days31To60, days61To90, days91To120, over120);
        }
        if (ageDays <= 60) {
            return new AgingBuckets(current, days31To60.add(amount), days61To90, days91To120, over120);
        }
        if (ageDays <= 90) {
            return new AgingBuckets(current, days31To60, days61To90.add(amount), days91To120, over120);
        }
        if (ageDays <= 120) {
            return new AgingBuckets(current, days31To60, days61To90, days91To120.add(amount), over120);
        }
        return new AgingBuckets(current, days31To60, days61To90, days91To120, over120.add(amount));
    }

    public AgingBuckets plus(AgingBuckets other) {
        return new AgingBuckets(current.add(other.current), days31To60.add(other.days31To60),
                days61To90.add(other.days61To90), days91To120.add(other.days91To120), over120.add(other.over120));
    }

    public BigDecimal total() {
        return current.add(days31To60).add(days61To90).add(days91To120).add(over120);
    }
}
