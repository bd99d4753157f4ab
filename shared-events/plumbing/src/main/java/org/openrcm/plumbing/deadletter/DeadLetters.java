package org.openrcm.plumbing.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;
import org.openrcm.events.CloudEventHeaders;

import io.smallrye.common.annotation.Identifier;

/**
 * The service's dead-lettered records, read from the dead-letter topics its channels are configured with
 * ({@code mp.messaging.incoming.<channel>.dead-letter-queue.topic}), and their replay: a record is published again,
 * unchanged, on the topic it came from, so it takes the normal consumer path. Replaying is idempotent: consumers
 * that had already applied the event find it in their inbox and skip it.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    private static final Pattern DLQ_TOPIC_KEY =
            Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.dead-letter-queue\\.topic");
    private static final String HEADER_PREFIX = "dead-letter-";
    /** Marks a replayed record, for operators reading the topic; consumers ignore it. */
    public static final String REPLAYED_FROM = "rcm-replayed-from";
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    /** A dead-lettered record as operators see it: where it was, why, and which event; never its payload (PHI). */
    public record DeadLetter(String topic, int partition, long offset, Instant deadLetteredAt, String key,
            String originalTopic, Integer originalPartition, Long originalOffset, String reason, String cause,
            String eventId, String eventType, String tenantId) {
    }

    /** One record to replay, by its place in the dead-letter topic. */
    public record Position(String topic, int partition, long offset) {
    }

    /** What became of one replay request. */
    public record Replay(Position position, String republishedTo, String eventId) {
    }

    private final Map<String, Object> kafkaConfig;
    private final Set<String> topics;

    DeadLetters(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, Config config) {
        this.kafkaConfig = kafkaConfig;
        this.topics = new TreeSet<>();
        for (String name : config.getPropertyNames()) {
            Matcher matcher = DLQ_TOPIC_KEY.matcher(name);
            if (matcher.matches()) {
                config.getOptionalValue(name, String.class).ifPresent(topics::add);
            }
        }
    }

    public Set<String> topics() {
        return Set.copyOf(topics);
    }

    /** The last {@code limit} records of each partition of the service's dead-letter topics, newest first. */
    public List<DeadLetter> list(int limit) {
        List<DeadLetter> letters = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer);
            if (partitions.isEmpty()) {
                return letters;
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> begins = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> remaining = new HashMap<>();
            for (TopicPartition partition : partitions) {
                long start = Math.max(begins.get(partition), ends.get(partition) - limit);
                consumer.seek(partition, start);
                if (ends.get(partition) > start) {
                    remaining.put(partition, ends.get(partition));
                }
            }
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (!remaining.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    letters.add(toDeadLetter(record));
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() + 1 >= remaining.getOrDefault(partition, Long.MAX_VALUE)) {
                        remaining.remove(partition);
                    }
                }
            }
        }
        letters.sort(Comparator.comparing(DeadLetter::deadLetteredAt).reversed());
        return letters;
    }

    /**
     * Publishes the records at {@code positions} again on the topics they were dead-lettered from.
     *
     * @throws UnknownDeadLetterException when a position is not a record of one of the service's dead-letter topics
     */
    public List<Replay> replay(List<Position> positions) {
        List<Replay> replays = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer();
                KafkaProducer<byte[], byte[]> producer = producer()) {
            for (Position position : positions) {
                ConsumerRecord<byte[], byte[]> record = read(consumer, position);
                String originalTopic = header(record, HEADER_PREFIX + "topic")
                        .orElseThrow(() -> new UnknownDeadLetterException(position + " names no original topic"));
                RecordHeaders headers = new RecordHeaders();
                for (Header header : record.headers()) {
                    if (!header.key().startsWith(HEADER_PREFIX)) {
                        headers.add(header);
                    }
                }
                headers.add(REPLAYED_FROM, (position.topic() + "-" + position.partition() + "@" + position.offset())
                        .getBytes(StandardCharsets.UTF_8));
                producer.send(new ProducerRecord<>(originalTopic, null, record.key(), record.value(), headers)).get();
                String eventId = header(record, CloudEventHeaders.ID).orElse(null);
                LOG.infof("Replayed dead letter %s (event %s) onto %s", position, eventId, originalTopic);
                replays.add(new Replay(position, originalTopic, eventId));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while replaying dead letters", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka refused a replayed record", e.getCause());
        }
        return replays;
    }

    private ConsumerRecord<byte[], byte[]> read(KafkaConsumer<byte[], byte[]> consumer, Position position) {
        if (!topics.contains(position.topic())) {
            throw new UnknownDeadLetterException(position.topic() + " is not a dead-letter topic of this service");
        }
        TopicPartition partition = new TopicPartition(position.topic(), position.partition());
        consumer.assign(List.of(partition));
        consumer.seek(partition, position.offset());
        long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                if (record.offset() == position.offset()) {
                    return record;
                }
                if (record.offset() > position.offset()) {
                    break;
                }
            }
            if (consumer.position(partition) > position.offset()) {
                break;
            }
        }
        throw new UnknownDeadLetterException("No dead letter at " + position);
    }

    private List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> consumer) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, READ_TIMEOUT);
            if (infos != null) {
                infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
        }
        return partitions;
    }

    private static DeadLetter toDeadLetter(ConsumerRecord<byte[], byte[]> record) {
        return new DeadLetter(record.topic(), record.partition(), record.offset(),
                Instant.ofEpochMilli(record.timestamp()),
                record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8),
                header(record, HEADER_PREFIX + "topic").orElse(null),
                header(record, HEADER_PREFIX + "partition").map(Integer::valueOf).orElse(null),
                header(record, HEADER_PREFIX + "offset").map(Long::valueOf).orElse(null),
                header(record, HEADER_PREFIX + "reason").orElse(null),
                header(record, HEADER_PREFIX + "cause").orElse(null),
                header(record, CloudEventHeaders.ID).orElse(null),
                header(record, CloudEventHeaders.TYPE).orElse(null),
                header(record, CloudEventHeaders.TENANT_ID).orElse(null));
    }

    private static Optional<String> header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? Optional.empty()
                : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaConfig.get("bootstrap.servers"));
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private KafkaProducer<byte[], byte[]> producer() {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaConfig.get("bootstrap.servers"));
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
    }
}
