package org.openrcm.deploy.stack.faults;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.openrcm.events.CloudEventHeaders;
import org.openrcm.events.EventCatalog;
import org.openrcm.events.Topics;

/**
 * Publishes what no service of ours would: poison records (each kind a consumer must dead-letter, with an event id of
 * its own, remembered for the final check) and exact copies of records already delivered (which every consumer's
 * inbox must absorb).
 */
final class RecordInjector implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final FaultTap tap;
    private final List<String> tenantIds;
    private final Set<String> poisonIds = ConcurrentHashMap.newKeySet();

    RecordInjector(String bootstrapServers, FaultTap tap, List<String> tenantIds) {
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, "rcm-fault-injector",
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
        this.tap = tap;
        this.tenantIds = List.copyOf(tenantIds);
    }

    /**
     * Publishes one record of each poison kind: unreadable JSON, an unknown version of a handled event, no value, a
     * tenant header that is not the payload's tenant, an unreadable {@code ce_time}.
     *
     * @return what was published, for the fault log
     */
    String poison() {
        List<String> kinds = new ArrayList<>();
        String tenant = tenantIds.get(0);
        String encounterCoded = EventCatalog.ENCOUNTER_CODED.ceType();
        send(Topics.ENCOUNTERS.name(), headers(tenant, encounterCoded), "{\"encounterId\": ".getBytes(
                StandardCharsets.UTF_8));
        kinds.add("unreadable JSON");
        send(Topics.ENCOUNTERS.name(), headers(tenant, encounterCoded.replace(".v1", ".v9")),
                "{}".getBytes(StandardCharsets.UTF_8));
        kinds.add("unknown version");
        send(Topics.CLAIMS.name(), headers(tenant, EventCatalog.CLAIM_SUBMITTED.ceType()), null);
        kinds.add("null value");
        tap.recent(FaultTap.KEPT_FOR_DUPLICATES).stream()
                .filter(copy -> copy.topic().equals(Topics.ENCOUNTERS.name()) && isType(copy, encounterCoded))
                .reduce((first, second) -> second)
                .ifPresent(copy -> {
                    String owner = new String(copy.headers().get(CloudEventHeaders.TENANT_ID), StandardCharsets.UTF_8);
                    tenantIds.stream().filter(other -> !other.equals(owner)).findFirst().ifPresent(other -> {
                        Map<String, String> headers = headers(other, encounterCoded);
                        send(copy.topic(), headers, copy.value());
                        kinds.add("tenant header not the payload's");
                    });
                    Map<String, String> headers = headers(owner, encounterCoded);
                    headers.put(CloudEventHeaders.TIME, "yesterday");
                    send(copy.topic(), headers, copy.value());
                    kinds.add("unreadable ce_time");
                });
        producer.flush();
        return String.join(", ", kinds);
    }

    /**
     * Publishes the {@code count} most recent records of the run's tenants again, byte for byte.
     *
     * @return how many were published again
     */
    int duplicate(int count) {
        List<FaultTap.Copy> copies = tap.recent(count);
        for (FaultTap.Copy copy : copies) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(copy.topic(), copy.key(), copy.value());
            copy.headers().forEach((key, value) -> record.headers().add(key, value));
            producer.send(record);
        }
        producer.flush();
        return copies.size();
    }

    /** The event ids of every poison record published. */
    Set<String> poisonIds() {
        return Set.copyOf(poisonIds);
    }

    private static boolean isType(FaultTap.Copy copy, String ceType) {
        byte[] type = copy.headers().get(CloudEventHeaders.TYPE);
        return type != null && new String(type, StandardCharsets.UTF_8).equals(ceType);
    }

    private Map<String, String> headers(String tenantId, String ceType) {
        String id = UUID.randomUUID().toString();
        poisonIds.add(id);
        Map<String, String> headers = new HashMap<>();
        headers.put(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        headers.put(CloudEventHeaders.ID, id);
        headers.put(CloudEventHeaders.TYPE, ceType);
        headers.put(CloudEventHeaders.SOURCE, "/fault-suite");
        headers.put(CloudEventHeaders.TIME, Instant.now().toString());
        headers.put(CloudEventHeaders.TENANT_ID, tenantId);
        headers.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return headers;
    }

    private void send(String topic, Map<String, String> headers, byte[] value) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, "fault-" + UUID.randomUUID(), value);
        headers.forEach((key, header) -> record.headers().add(key, header.getBytes(StandardCharsets.UTF_8)));
        try {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing a poison record", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot publish a poison record to " + topic, e.getCause());
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
