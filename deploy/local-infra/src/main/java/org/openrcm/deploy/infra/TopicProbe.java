package org.openrcm.deploy.infra;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Test support: reads what is on a topic from the beginning, and writes raw records (for poison-record tests), over
 * a real connection to the broker.
 */
public final class TopicProbe implements AutoCloseable {

    /** A record as read, with its headers decoded as UTF-8 text. */
    public record Received(String topic, String key, Map<String, String> headers, String value) {

        public String header(String name) {
            return headers.get(name);
        }
    }

    private final String bootstrapServers;
    private final KafkaConsumer<String, byte[]> consumer;
    private final List<Received> received = new ArrayList<>();
    private KafkaProducer<String, byte[]> producer;

    public TopicProbe(String bootstrapServers, String... topics) {
        this.bootstrapServers = bootstrapServers;
        this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topics));
    }

    /**
     * Polls until {@code expected} records matching {@code filter} have been read, or {@code timeout} passes, then
     * keeps polling for {@code settle} to catch any extra (duplicate) record.
     *
     * @return every matching record read so far
     */
    public List<Received> await(Predicate<Received> filter, int expected, Duration timeout, Duration settle) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (matching(filter).size() < expected && System.nanoTime() < deadline) {
            poll();
        }
        long settleUntil = System.nanoTime() + settle.toNanos();
        while (System.nanoTime() < settleUntil) {
            poll();
        }
        return matching(filter);
    }

    public void send(String topic, String key, Map<String, String> headers, String value) {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrapServers), new StringSerializer(),
                    new ByteArraySerializer());
        }
        RecordHeaders recordHeaders = new RecordHeaders();
        headers.forEach((name, text) -> recordHeaders.add(name, text.getBytes(StandardCharsets.UTF_8)));
        try {
            producer.send(new ProducerRecord<>(topic, null, key,
                    value == null ? null : value.getBytes(StandardCharsets.UTF_8), recordHeaders)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not send to " + topic, e.getCause());
        }
    }

    private void poll() {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
            Map<String, String> headers = new java.util.LinkedHashMap<>();
            for (Header header : record.headers()) {
                headers.put(header.key(), header.value() == null ? null
                        : new String(header.value(), StandardCharsets.UTF_8));
            }
            received.add(new Received(record.topic(), record.key(), headers,
                    record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8)));
        }
    }

    private List<Received> matching(Predicate<Received> filter) {
        return received.stream().filter(filter).toList();
    }

    @Override
    public void close() {
        consumer.close();
        if (producer != null) {
            producer.close();
        }
    }
}
