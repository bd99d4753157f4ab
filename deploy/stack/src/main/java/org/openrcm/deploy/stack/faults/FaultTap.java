package org.openrcm.deploy.stack.faults;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.openrcm.deploy.stack.TopicTap;
import org.openrcm.events.CloudEventHeaders;

/**
 * What the fault suite needs to see on the topics of its tenants: every event id and how often it was published (a
 * relay killed between send and mark publishes a row again: the same id, which consumers drop), every dead-lettered
 * record with its reason, and a few recent records to deliver again on purpose.
 */
final class FaultTap extends TopicTap {

    /** The header SmallRye's dead-letter queue (and our failure strategy) writes the reason into. */
    static final String DEAD_LETTER_REASON = "dead-letter-reason";
    static final int KEPT_FOR_DUPLICATES = 500;

    /** A record as it was on its topic, to publish again unchanged. */
    record Copy(String topic, String key, byte[] value, Map<String, byte[]> headers) {
    }

    /** A record a service dead-lettered: its event id (if it had one) and the reason given. */
    record DeadLetter(String topic, Optional<String> eventId, Optional<String> reason) {
    }

    private final Set<String> tenantIds;
    private final Map<String, Integer> publications = new HashMap<>();
    private final Map<String, String> topicOf = new HashMap<>();
    private final List<DeadLetter> deadLetters = new ArrayList<>();
    private final List<Copy> recent = new ArrayList<>();
    private long lastRecordNanos = System.nanoTime();

    private FaultTap(String bootstrapServers, Collection<String> tenantIds) {
        super(bootstrapServers, "fault-tap");
        this.tenantIds = Set.copyOf(tenantIds);
    }

    static FaultTap start(String bootstrapServers, Collection<String> tenantIds) {
        FaultTap tap = new FaultTap(bootstrapServers, tenantIds);
        tap.startPolling();
        return tap;
    }

    @Override
    protected synchronized void record(ConsumerRecord<String, byte[]> record) {
        lastRecordNanos = System.nanoTime();
        Optional<String> tenantId = header(record, CloudEventHeaders.TENANT_ID);
        Optional<String> eventId = header(record, CloudEventHeaders.ID);
        if (DEAD_LETTER_TOPICS.contains(record.topic())) {
            if (tenantId.map(tenantIds::contains).orElse(true)) {
                deadLetters.add(new DeadLetter(record.topic(), eventId, header(record, DEAD_LETTER_REASON)));
            }
            return;
        }
        if (tenantId.isEmpty() || !tenantIds.contains(tenantId.get()) || eventId.isEmpty()) {
            return;
        }
        publications.merge(eventId.get(), 1, Integer::sum);
        topicOf.putIfAbsent(eventId.get(), record.topic());
        if (record.value() != null) {
            Map<String, byte[]> headers = new HashMap<>();
            record.headers().forEach(header -> headers.put(header.key(), header.value()));
            recent.add(new Copy(record.topic(), record.key(), record.value(), headers));
            if (recent.size() > KEPT_FOR_DUPLICATES) {
                recent.remove(0);
            }
        }
    }

    /** How many times each event id of the run's tenants was seen on the event topics. */
    synchronized Map<String, Integer> publications() {
        return Map.copyOf(publications);
    }

    /** The event ids seen on {@code topic}. */
    synchronized Set<String> eventIdsOn(String topic) {
        Set<String> ids = new HashSet<>();
        topicOf.forEach((id, on) -> {
            if (on.equals(topic)) {
                ids.add(id);
            }
        });
        return ids;
    }

    synchronized List<DeadLetter> deadLetters() {
        return List.copyOf(deadLetters);
    }

    /** Up to {@code count} of the most recent records, oldest first, to deliver again. */
    synchronized List<Copy> recent(int count) {
        return List.copyOf(recent.subList(Math.max(0, recent.size() - count), recent.size()));
    }

    /** Milliseconds since the tap last read a record of any topic. */
    synchronized long quietMillis() {
        return (System.nanoTime() - lastRecordNanos) / 1_000_000;
    }
}
