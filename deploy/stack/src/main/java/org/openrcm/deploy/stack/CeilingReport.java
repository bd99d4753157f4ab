package org.openrcm.deploy.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The pipeline's figures as shares of what the machine's Kafka broker and PostgreSQL manage on their own.
 *
 * @param claimsPerSecond           sustained end-to-end claims per second
 * @param eventsPerClaim            events published per claim (all topics)
 * @param transactionsPerClaim      committed PostgreSQL transactions per claim (all service databases)
 * @param producerRecordsPerSecond  Kafka ProducerPerformance records/s
 * @param consumerRecordsPerSecond  Kafka ConsumerPerformance records/s
 * @param entityOutboxPerSecond     PostgreSQL entity + outbox transactions/s
 * @param inboxEntityOutboxPerSecond PostgreSQL inbox + entity + outbox transactions/s
 */
record CeilingReport(double claimsPerSecond, double eventsPerClaim, double transactionsPerClaim,
        double producerRecordsPerSecond, double consumerRecordsPerSecond, double entityOutboxPerSecond,
        double inboxEntityOutboxPerSecond) {

    /** Events the pipeline publishes per second at its sustained rate. */
    double eventsPerSecond() {
        return claimsPerSecond * eventsPerClaim;
    }

    /** Transactions the pipeline commits per second at its sustained rate. */
    double transactionsPerSecond() {
        return claimsPerSecond * transactionsPerClaim;
    }

    /**
     * Claims per second PostgreSQL alone would allow if every transaction of a claim cost what an inbox + entity +
     * outbox transaction costs.
     */
    double postgresBoundClaimsPerSecond() {
        return transactionsPerClaim <= 0 ? 0 : inboxEntityOutboxPerSecond / transactionsPerClaim;
    }

    /** Claims per second the broker alone would allow for the events a claim publishes (producer side). */
    double kafkaBoundClaimsPerSecond() {
        return eventsPerClaim <= 0 ? 0 : producerRecordsPerSecond / eventsPerClaim;
    }

    List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Kafka producer:    %,.0f events/s published = %s of ProducerPerformance's"
                + " %,.0f records/s", eventsPerSecond(), percent(eventsPerSecond(), producerRecordsPerSecond),
                producerRecordsPerSecond));
        lines.add(String.format(Locale.ROOT, "Kafka consumer:    %,.0f events/s read by the services = %s of"
                + " ConsumerPerformance's %,.0f records/s", eventsPerSecond(),
                percent(eventsPerSecond(), consumerRecordsPerSecond), consumerRecordsPerSecond));
        lines.add(String.format(Locale.ROOT, "PostgreSQL:        %,.0f tx/s committed = %s of %,.0f inbox+entity+outbox"
                + " tx/s (%s of %,.0f entity+outbox tx/s)", transactionsPerSecond(),
                percent(transactionsPerSecond(), inboxEntityOutboxPerSecond), inboxEntityOutboxPerSecond,
                percent(transactionsPerSecond(), entityOutboxPerSecond), entityOutboxPerSecond));
        lines.add(String.format(Locale.ROOT, "Bounds:            PostgreSQL alone allows ~%,.0f claims/s at %.1f tx/claim;"
                + " the broker alone ~%,.0f claims/s at %.1f events/claim; the pipeline reaches %,.1f claims/s",
                postgresBoundClaimsPerSecond(), transactionsPerClaim, kafkaBoundClaimsPerSecond(), eventsPerClaim,
                claimsPerSecond));
        return lines;
    }

    static String percent(double part, double whole) {
        return whole <= 0 ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * part / whole);
    }
}
