package org.openrcm.plumbing.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;
import org.openrcm.plumbing.inbound.ConsumptionInterruptedException;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;

/**
 * Dead-letters one record of a batch-mode channel: the connector's dead-letter strategy would send the whole
 * batch, so the batch path sends its poison records itself, to the channel's configured dead-letter topic and with
 * the same headers as SmallRye's ({@code dead-letter-reason}, {@code dead-letter-topic}, ...), so the listing and
 * replay of {@link DeadLetters} treat both alike. A failed send is retried until it succeeds: a record must not be
 * acknowledged before it is safe in the dead-letter topic.
 */
@ApplicationScoped
public class DeadLetterPublisher {

    private static final Logger LOG = Logger.getLogger(DeadLetterPublisher.class);
    private static final Duration RETRY = Duration.ofSeconds(1);

    private final Map<String, Object> kafkaConfig;
    private final Config config;
    private final MeterRegistry registry;
    private volatile KafkaProducer<String, byte[]> producer;

    DeadLetterPublisher(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, Config config,
            MeterRegistry registry) {
        this.kafkaConfig = kafkaConfig;
        this.config = config;
        this.registry = registry;
    }

    public void publish(String channel, ConsumerRecord<String, byte[]> record, Throwable reason) {
        String topic = config.getOptionalValue("mp.messaging.incoming." + channel + ".dead-letter-queue.topic",
                String.class).orElse("dead-letter-topic-" + channel);
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        header(headers, "dead-letter-reason", String.valueOf(reason.getMessage()));
        if (reason.getCause() != null) {
            header(headers, "dead-letter-cause", String.valueOf(reason.getCause().getMessage()));
            header(headers, "dead-letter-cause-class-name", reason.getCause().getClass().getName());
        }
        header(headers, "dead-letter-exception-class-name", reason.getClass().getName());
        header(headers, "dead-letter-topic", record.topic());
        header(headers, "dead-letter-partition", Integer.toString(record.partition()));
        header(headers, "dead-letter-offset", Long.toString(record.offset()));
        ProducerRecord<String, byte[]> dead = new ProducerRecord<>(topic, null, record.key(), record.value(), headers);
        while (true) {
            try {
                producer().send(dead).get();
                registry.counter("rcm.inbound.dead-lettered", "channel", channel).increment();
                LOG.errorf("Dead-lettered %s-%d@%d to %s: %s", record.topic(), record.partition(), record.offset(),
                        topic, reason.getMessage());
                return;
            } catch (ExecutionException e) {
                LOG.warnf("Could not dead-letter %s-%d@%d yet (%s); retrying in %s", record.topic(),
                        record.partition(), record.offset(), e.getCause(), RETRY);
                sleep();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ConsumptionInterruptedException("Interrupted while dead-lettering", e);
            }
        }
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    private KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            synchronized (this) {
                if (producer == null) {
                    Map<String, Object> producerConfig = new HashMap<>(kafkaConfig);
                    producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
                    producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
                    producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new ByteArraySerializer());
                }
            }
        }
        return producer;
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static void sleep() {
        try {
            Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConsumptionInterruptedException("Interrupted while dead-lettering", e);
        }
    }
}
