package org.openrcm.plumbing.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.openrcm.events.CloudEventHeaders;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;

/**
 * Publishes outbox rows to Kafka in commit order and marks them sent. Woken right after a transaction that wrote
 * events commits, and by a periodic poll that picks up anything left behind (a failed send, another instance's
 * rows). Delivery is at least once: a crash between the send and the update re-sends, and consumers de-duplicate
 * on the event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    /*
     * Only one relay per database publishes at a time: with several service replicas, two relays sending
     * interleaved batches could reorder the events of one aggregate.
     */
    private static final String LOCK = "SELECT pg_try_advisory_xact_lock(hashtext('openrcm.outbox-relay'))";
    private static final String SELECT_PENDING = "SELECT seq, event_id, tenant_id, topic, aggregate_id, event_type,"
            + " source, occurred_at, payload FROM outbox WHERE sent_at IS NULL ORDER BY seq LIMIT ?";
    private static final String MARK_SENT = "UPDATE outbox SET sent_at = now() WHERE seq = ANY (?)";
    private static final String PURGE_SENT = "DELETE FROM outbox WHERE sent_at < now() - make_interval(secs => ?)";

    private final AgroalDataSource dataSource;
    private final Map<String, Object> kafkaConfig;
    private final String serviceName;
    private final int batchSize;
    private final Duration pollInterval;
    private final Duration retention;
    private final Counter published;
    private final Counter failures;

    private final AtomicBoolean drainQueued = new AtomicBoolean();
    /** When the relay started failing without a success since; null while it publishes fine. */
    private volatile Instant failingSince;
    private ScheduledExecutorService executor;
    private KafkaProducer<String, byte[]> producer;

    OutboxRelay(AgroalDataSource dataSource, @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            MeterRegistry registry, @ConfigProperty(name = "rcm.service.name") String serviceName,
            @ConfigProperty(name = "rcm.outbox.batch-size", defaultValue = "500") int batchSize,
            @ConfigProperty(name = "rcm.outbox.poll-interval", defaultValue = "1s") Duration pollInterval,
            @ConfigProperty(name = "rcm.outbox.retention", defaultValue = "7d") Duration retention) {
        this.dataSource = dataSource;
        this.kafkaConfig = kafkaConfig;
        this.serviceName = serviceName;
        this.batchSize = batchSize;
        this.pollInterval = pollInterval;
        this.retention = retention;
        this.published = registry.counter("rcm.outbox.published");
        this.failures = registry.counter("rcm.outbox.relay.failures");
    }

    void start(@Observes StartupEvent startup) {
        producer = new KafkaProducer<>(producerConfig());
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::wakeUp, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
        executor.scheduleWithFixedDelay(this::purgeSent, 1, 60, TimeUnit.MINUTES);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close(Duration.ofSeconds(5));
    }

    /** Asks for a drain of the outbox soon; cheap and safe to call from any thread, any number of times. */
    public void wakeUp() {
        if (executor != null && drainQueued.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        drainQueued.set(false);
        try {
            int sent;
            do {
                sent = QuarkusTransaction.requiringNew().call(this::publishBatch);
            } while (sent == batchSize);
            failingSince = null;
        } catch (RuntimeException e) {
            if (failingSince == null) {
                failingSince = Instant.now();
            }
            // Rows stay unsent and the next poll retries them; the producer itself already retried the send.
            failures.increment();
            LOG.warnf(e, "Outbox relay of %s could not publish; will retry in %s", serviceName, pollInterval);
        }
    }

    /** Since when publishing has failed without a success in between, if it is failing now. */
    public Optional<Instant> failingSince() {
        return Optional.ofNullable(failingSince);
    }

    private int publishBatch() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!tryLock(connection)) {
                return 0;
            }
            List<Long> sequences = new ArrayList<>();
            List<Future<RecordMetadata>> sends = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(SELECT_PENDING)) {
                select.setInt(1, batchSize);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        sequences.add(rows.getLong("seq"));
                        sends.add(producer.send(toRecord(rows)));
                    }
                }
            }
            if (sequences.isEmpty()) {
                return 0;
            }
            awaitAll(sends);
            try (PreparedStatement update = connection.prepareStatement(MARK_SENT)) {
                Array array = connection.createArrayOf("bigint", sequences.toArray());
                update.setArray(1, array);
                update.executeUpdate();
            }
            published.increment(sequences.size());
            return sequences.size();
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(LOCK); ResultSet result = lock.executeQuery()) {
            return result.next() && result.getBoolean(1);
        }
    }

    private static ProducerRecord<String, byte[]> toRecord(ResultSet row) throws SQLException {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(headers, CloudEventHeaders.ID, row.getString("event_id"));
        header(headers, CloudEventHeaders.TYPE, row.getString("event_type"));
        header(headers, CloudEventHeaders.SOURCE, row.getString("source"));
        header(headers, CloudEventHeaders.TIME, row.getTimestamp("occurred_at").toInstant().toString());
        header(headers, CloudEventHeaders.SUBJECT, row.getString("aggregate_id"));
        header(headers, CloudEventHeaders.TENANT_ID, row.getString("tenant_id"));
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return new ProducerRecord<>(row.getString("topic"), null, row.getTimestamp("occurred_at").getTime(),
                row.getString("aggregate_id"), row.getString("payload").getBytes(StandardCharsets.UTF_8), headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private void awaitAll(List<Future<RecordMetadata>> sends) {
        producer.flush();
        for (Future<RecordMetadata> send : sends) {
            try {
                send.get();
            } catch (ExecutionException e) {
                throw new OutboxPublishException("Kafka refused an outbox record", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OutboxPublishException("Interrupted while publishing the outbox", e);
            }
        }
    }

    private void purgeSent() {
        try {
            int purged = QuarkusTransaction.requiringNew().call(() -> {
                try (Connection connection = dataSource.getConnection();
                        PreparedStatement purge = connection.prepareStatement(PURGE_SENT)) {
                    purge.setLong(1, retention.toSeconds());
                    return purge.executeUpdate();
                }
            });
            LOG.debugf("Purged %d sent outbox rows older than %s", purged, retention);
        } catch (RuntimeException e) {
            LOG.warn("Could not purge sent outbox rows", e);
        }
    }

    private Map<String, Object> producerConfig() {
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, serviceName + "-outbox");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        // Idempotence with at most 5 in-flight requests keeps per-partition order across the producer's retries.
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        config.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        return config;
    }
}
