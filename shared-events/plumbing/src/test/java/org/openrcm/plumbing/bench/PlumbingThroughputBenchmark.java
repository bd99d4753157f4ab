package org.openrcm.plumbing.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openrcm.events.Topics;
import org.openrcm.events.payments.PaymentPosted;
import org.openrcm.plumbing.outbox.OutboxWriter;
import org.openrcm.plumbing.testapp.Sql;
import org.openrcm.plumbing.testapp.TestEvents;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Throughput of the shared plumbing against the real broker and PostgreSQL: events consumed with the inbox, one
 * record per transaction (the per-record path) and one batch per transaction (the batch path), and outbox rows
 * published by the relay. Not part of the build: it prints figures and asserts nothing about time. Run it with
 * {@code /work/main/mvnw -B -ntp -o verify -pl shared-events/plumbing -am -Dsurefire.failIfNoSpecifiedTests=false
 * -Dtest=PlumbingThroughputBenchmark -Drcm.bench=true [-Drcm.bench.events=5000]}.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "rcm.bench", matches = "true")
class PlumbingThroughputBenchmark {

    private static final Duration LIMIT = Duration.ofMinutes(10);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    OutboxWriter writer;

    @Test
    void plumbingThroughput() throws Exception {
        int events = Integer.getInteger("rcm.bench.events", 5000);
        consume("warm-up per record", Topics.CLAIM_PAYMENTS.name(), 500);
        consume("warm-up batch", Topics.PATIENT_ACCOUNTS.name(), 500);
        double perRecord = consume("per record", Topics.CLAIM_PAYMENTS.name(), events);
        double batch = consume("batch", Topics.PATIENT_ACCOUNTS.name(), events);
        double bulkRelay = relayBulk(events);
        double trickleRelay = relayCommitPerEvent(events, 4);
        System.out.printf("%n=== Plumbing throughput (%d events each; real Kafka + PostgreSQL) ===%n", events);
        System.out.printf("consume with inbox, one record per transaction : %8.0f events/s%n", perRecord);
        System.out.printf("consume with inbox, one batch per transaction  : %8.0f events/s (x%.1f)%n", batch,
                batch / perRecord);
        System.out.printf("relay, rows committed at once                  : %8.0f rows/s%n", bulkRelay);
        System.out.printf("relay, one commit per event from 4 threads     : %8.0f events/s committed and sent%n",
                trickleRelay);
    }

    /** Publishes {@code count} events at once and times until the consumer applied them all. */
    private double consume(String label, String topic, int count) throws Exception {
        String prefix = "bench-" + UUID.randomUUID() + "-";
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
                bootstrapServers, "linger.ms", 5), new StringSerializer(), new ByteArraySerializer())) {
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                PaymentPosted event = TestEvents.payment(prefix + i);
                RecordHeaders headers = new RecordHeaders();
                TestEvents.headers(event, UUID.randomUUID()).forEach((name, value) -> headers.add(name,
                        value.getBytes(StandardCharsets.UTF_8)));
                producer.send(new ProducerRecord<>(topic, null, event.claimId(),
                        TestEvents.json(event).getBytes(StandardCharsets.UTF_8), headers));
            }
            producer.flush();
            double seconds = awaitCount(() -> count("SELECT count(*) FROM test_effect WHERE claim_id LIKE ?",
                    prefix + "%"), count, start);
            System.out.printf("%s: %d events applied in %.2f s%n", label, count, seconds);
            return count / seconds;
        }
    }

    private double relayBulk(int count) {
        String aggregatePrefix = "relay-" + UUID.randomUUID() + "-";
        long start = System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < count; i++) {
                writer.append(TestEvents.payment(aggregatePrefix + (i % 100)));
            }
        });
        return count / awaitCount(() -> sent(aggregatePrefix), count, start);
    }

    private double relayCommitPerEvent(int count, int threads) throws Exception {
        String aggregatePrefix = "trickle-" + UUID.randomUUID() + "-";
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            writers.add(pool.submit(() -> {
                for (int i = thread; i < count; i += threads) {
                    String aggregate = aggregatePrefix + (i % 100);
                    QuarkusTransaction.requiringNew().run(() -> writer.append(TestEvents.payment(aggregate)));
                }
            }));
        }
        for (Future<?> future : writers) {
            future.get();
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        return count / awaitCount(() -> sent(aggregatePrefix), count, start);
    }

    private long sent(String aggregatePrefix) {
        return count("SELECT count(*) FROM outbox WHERE aggregate_id LIKE ? AND sent_at IS NOT NULL",
                aggregatePrefix + "%");
    }

    private static double awaitCount(LongSupplier counter, long expected, long startNanos) {
        long deadline = startNanos + LIMIT.toNanos();
        while (counter.getAsLong() < expected) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Only " + counter.getAsLong() + " of " + expected + " within " + LIMIT);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private long count(String sql, String like) {
        return Sql.count(dataSource, sql, like);
    }
}
