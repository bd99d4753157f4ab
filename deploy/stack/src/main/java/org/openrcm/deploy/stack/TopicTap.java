package org.openrcm.deploy.stack;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.openrcm.events.TopicSpec;
import org.openrcm.events.Topics;

/**
 * Listens to the cycle's event and dead-letter topics like any outside subscriber would, from the earliest offset in
 * a consumer group of its own, on a thread of its own; a subclass keeps what it needs of each record.
 */
public abstract class TopicTap implements AutoCloseable {

    protected static final Set<String> DEAD_LETTER_TOPICS =
            Set.copyOf(Topics.DEAD_LETTER_TOPICS.stream().map(TopicSpec::name).toList());

    private final String name;
    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread poller;
    private volatile boolean running = true;
    private volatile RuntimeException failure;

    /** @param name names the consumer group, the client and the thread */
    protected TopicTap(String bootstrapServers, String name) {
        this.name = name;
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "rcm-" + name + "-" + UUID.randomUUID(),
                ConsumerConfig.CLIENT_ID_CONFIG, "rcm-" + name,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer());
        this.poller = new Thread(this::poll, name);
        poller.setDaemon(true);
    }

    /** Called once the subclass is constructed, so that no record reaches a half-built tap. */
    protected final void startPolling() {
        poller.start();
    }

    /** Called on the tap's thread for every record of the topics. */
    protected abstract void record(ConsumerRecord<String, byte[]> record);

    private void poll() {
        try {
            consumer.subscribe(Stream.concat(Topics.EVENT_TOPICS.stream(), Topics.DEAD_LETTER_TOPICS.stream())
                    .map(TopicSpec::name).toList());
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

    protected static Optional<String> header(ConsumerRecord<String, byte[]> record, String headerName) {
        Header header = record.headers().lastHeader(headerName);
        return header == null || header.value() == null ? Optional.empty()
                : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }

    /** @throws IllegalStateException when the tap stopped reading */
    public void checkRunning() {
        if (failure != null) {
            throw new IllegalStateException("The " + name + " stopped: " + failure.getMessage(), failure);
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
