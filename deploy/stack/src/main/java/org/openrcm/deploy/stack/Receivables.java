package org.openrcm.deploy.stack;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the payers still owe the practices, by payer and aging bucket (days since the date of service), from
 * payments-service's claim ledgers, with the payment-posting queues a poster works by hand.
 *
 * @param byPayer           insurance balance by payer id, then by bucket ({@link #BUCKETS})
 * @param unmatchedPayments claim payments no claim was found for
 * @param heldPayments      claim payments held (unbalanced or for review)
 * @param heldRemittances   whole remittances held (e.g. a trace number seen with other content)
 */
public record Receivables(Map<String, Map<String, BigDecimal>> byPayer, int unmatchedPayments, int heldPayments,
        int heldRemittances) {

    public static final List<String> BUCKETS = List.of("0-30", "31-60", "61-90", "91-120", "120+");

    static String bucketOf(LocalDate dateOfService, LocalDate today) {
        long days = ChronoUnit.DAYS.between(dateOfService, today);
        if (days <= 30) {
            return BUCKETS.get(0);
        }
        if (days <= 60) {
            return BUCKETS.get(1);
        }
        if (days <= 90) {
            return BUCKETS.get(2);
        }
        return days <= 120 ? BUCKETS.get(3) : BUCKETS.get(4);
    }

    /** Adds a claim's open insurance balance to its payer's bucket. */
    static void add(Map<String, Map<String, BigDecimal>> byPayer, String payerId, LocalDate dateOfService,
            LocalDate today, BigDecimal insuranceBalance) {
        Map<String, BigDecimal> buckets = byPayer.computeIfAbsent(payerId, payer -> {
            Map<String, BigDecimal> empty = new LinkedHashMap<>();
            BUCKETS.forEach(bucket -> empty.put(bucket, BigDecimal.ZERO));
            return empty;
        });
        buckets.merge(bucketOf(dateOfService, today), insuranceBalance, BigDecimal::add);
    }

    public BigDecimal total() {
        return byPayer.values().stream().flatMap(buckets -> buckets.values().stream())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static Receivables of(Map<String, Map<String, BigDecimal>> byPayer, int unmatched, int heldPayments,
            int heldRemittances) {
        Map<String, Map<String, BigDecimal>> copy = new TreeMap<>();
        byPayer.forEach((payer, buckets) -> copy.put(payer, java.util.Collections.unmodifiableMap(
                new LinkedHashMap<>(buckets))));
        return new Receivables(java.util.Collections.unmodifiableMap(copy), unmatched, heldPayments, heldRemittances);
    }
}
