package org.openrcm.deploy.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.openrcm.events.CloudEventHeaders;
import org.openrcm.events.EventJson;
import org.openrcm.events.TopicSpec;
import org.openrcm.events.Topics;

/**
 * The bench's view of the topics: events by type (for per-stage rates), each claim's encounter, when each claim was
 * adjudicated, the PatientResponsibilityDetermined events of each claim, events seen twice and records dead-lettered.
 * Reads headers, and the payload only of ClaimCreated, to stay light beside the pipeline it measures; reads from the
 * earliest offset (skipping other tenants' events by header) so that no event of the bench's tenants is missed.
 */
final class BenchTap implements AutoCloseable {

    private static final Set<String> DEAD_LETTER_TOPICS =
            Set.copyOf(Topics.DEAD_LETTER_TOPICS.stream().map(TopicSpec::name).toList());

    /** A claim on its way through payments and patient billing. */
    static final class ClaimProgress {
        final String encounterId;
        long adjudicatedAtMillis;
        final List<String> responsibilityEventIds = new ArrayList<>();

        ClaimProgress(String encounterId) {
            this.encounterId = encounterId;
        }
    }

    private final KafkaConsumer<String, byte[]> consumer;
    private final Set<String> tenantIds;
    private final Thread poller;
    private volatile boolean running = true;
    private volatile RuntimeException failure;

    private final Map<String, Long> countsByType = new HashMap<>();
    private final Map<String, ClaimProgress> claims = new HashMap<>();
    private final Set<String> eventIds = new HashSet<>();
    private int duplicates;
    private int deadLetters;

    BenchTap(String bootstrapServers, Collection<String> tenantIds) {
        this.tenantIds = Set.copyOf(tenantIds);
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "rcm-bench-" + UUID.randomUUID(),
                ConsumerConfig.CLIENT_ID_CONFIG, "rcm-bench-tap",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(Stream.concat(Topics.EVENT_TOPICS.stream(), Topics.DEAD_LETTER_TOPICS.stream())
                .map(TopicSpec::name).toList());
        this.poller = new Thread(this::poll, "bench-tap");
        poller.setDaemon(true);
        poller.start();
    }

    private void poll() {
        try {
            while (running) {
                consumer.poll(Duration.ofMillis(200)).forEach(this::record);
            }
        } catch (WakeupException stopping) {
            // close() woke the poll up
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
        }
    }

    private synchronized void record(ConsumerRecord<String, byte[]> record) {
        String tenantId = header(record, CloudEventHeaders.TENANT_ID);
        if (DEAD_LETTER_TOPICS.contains(record.topic())) {
            if (tenantId == null || tenantIds.contains(tenantId)) {
                deadLetters++;
            }
            return;
        }
        if (tenantId == null || !tenantIds.contains(tenantId)) {
            return;
        }
        String type = CycleFigures.eventName(String.valueOf(header(record, CloudEventHeaders.TYPE)));
        String id = header(record, CloudEventHeaders.ID);
        String subject = header(record, CloudEventHeaders.SUBJECT);
        subject = subject == null ? record.key() : subject;
        if (!eventIds.add(id)) {
            duplicates++;
            return;
        }
        countsByType.merge(type, 1L, Long::sum);
        switch (type) {
            case "ClaimCreated" -> claims.putIfAbsent(subject, new ClaimProgress(encounterId(record)));
            case "PaymentPosted", "ClaimDenied" -> {
                ClaimProgress claim = claims.get(subject);
                if (claim != null && claim.adjudicatedAtMillis == 0) {
                    claim.adjudicatedAtMillis = System.currentTimeMillis();
                }
            }
            case "PatientResponsibilityDetermined" -> {
                ClaimProgress claim = claims.get(subject);
                if (claim != null) {
                    claim.responsibilityEventIds.add(id);
                }
            }
            default -> {
                // counted only
            }
        }
    }

    private static String encounterId(ConsumerRecord<String, byte[]> record) {
        try {
            return EventJson.mapper().readTree(record.value()).path("encounterId").asText();
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable ClaimCreated at " + record.topic() + "-" + record.partition()
                    + "@" + record.offset(), e);
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    synchronized Map<String, Long> counts() {
        return Map.copyOf(countsByType);
    }

    synchronized long totalEvents() {
        return countsByType.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Runs {@code reader} on the claims under the tap's lock. */
    synchronized <T> T claims(Function<Map<String, ClaimProgress>, T> reader) {
        return reader.apply(claims);
    }

    synchronized int duplicates() {
        return duplicates;
    }

    synchronized int deadLetters() {
        return deadLetters;
    }

    void check() {
        if (failure != null) {
            throw new IllegalStateException("The bench's event tap stopped: " + failure.getMessage(), failure);
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            poller.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
