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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.openrcm.events.CloudEventHeaders;
import org.openrcm.events.EventEnvelope;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;

/**
 * Publishes outbox rows to Kafka in commit order and marks them sent. Woken right after a transaction that wrote
 * events commits, and by a periodic poll that picks up anything left behind (a failed send, another instance's
 * rows). Delivery is at least once: a crash between the send and the update re-sends, and consumers de-duplicate
 * on the event id.
 * <p>
 * A batch is selected, sent without waiting per record, flushed once and marked sent in one statement; while
 * batches come back full the relay goes straight on to the next. No database transaction stays open while Kafka
 * is waited for: the relay works on an auto-commit connection holding a session advisory lock. A row Kafka refuses
 * for good (its topic does not exist, it is too large) is parked with its reason, and the later rows of its
 * aggregate wait behind it, so one bad row neither stops the service's publishing nor reorders an aggregate.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    /*
     * Only one relay per database publishes at a time: with several service replicas, two relays sending
     * interleaved batches could reorder the events of one aggregate. A session lock (not a transaction lock), since
     * the relay holds no transaction open across the sends; it is released on every exit, and by the server when
     * the connection dies.
     */
    private static final String LOCK = "SELECT pg_try_advisory_lock(hashtext('openrcm.outbox-relay'))";
    private static final String UNLOCK = "SELECT pg_advisory_unlock(hashtext('openrcm.outbox-relay'))";
    /* Rows behind a parked row of their aggregate wait; parked rows are few, so the anti-join is a tiny index probe. */
    private static final String SELECT_PENDING = "SELECT o.seq, o.event_id, o.tenant_id, o.topic, o.aggregate_id,"
            + " o.event_type, o.source, o.occurred_at, o.payload FROM outbox o"
            + " WHERE o.sent_at IS NULL AND o.parked_at IS NULL AND NOT EXISTS (SELECT 1 FROM outbox p"
            + " WHERE p.aggregate_id = o.aggregate_id AND p.parked_at IS NOT NULL AND p.sent_at IS NULL)"
            + " ORDER BY o.seq LIMIT ?";
    private static final String MARK_SENT = "UPDATE outbox SET sent_at = now() WHERE seq = ANY (?)";
    private static final String PARK = "UPDATE outbox SET parked_at = now(), park_reason = ? WHERE seq = ?";
    private static final String COUNT_PARKED = "SELECT count(*), min(seq) FROM outbox"
            + " WHERE parked_at IS NOT NULL AND sent_at IS NULL";
    private static final String RELEASE_PARKED = "UPDATE outbox SET parked_at = NULL, park_reason = NULL"
            + " WHERE parked_at IS NOT NULL AND sent_at IS NULL";
    private static final String PURGE_SENT = "DELETE FROM outbox WHERE sent_at < now() - make_interval(secs => ?)";
    private static final int MAX_REASON = 2000;

    /** One selected row and what became of its send. */
    private static final class Pending {
        final long seq;
        final String topic;
        final String aggregateId;
        final String eventId;
        Future<RecordMetadata> send;
        String parkReason;

        Pending(long seq, String topic, String aggregateId, String eventId) {
            this.seq = seq;
            this.topic = topic;
            this.aggregateId = aggregateId;
            this.eventId = eventId;
        }
    }

    /** Parked rows as health and metrics show them. */
    public record Parked(long count, Long oldestSeq) {
    }

    private final AgroalDataSource dataSource;
    private final Map<String, Object> kafkaConfig;
    private final String serviceName;
    private final OutboxConfig config;
    private final Counter published;
    private final Counter failures;
    private final Counter parked;

    private final AtomicBoolean drainQueued = new AtomicBoolean();
    /** When the relay started failing without a success since; null while it publishes fine. */
    private volatile Instant failingSince;
    private ScheduledExecutorService executor;
    private KafkaProducer<String, byte[]> producer;

    OutboxRelay(AgroalDataSource dataSource, @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            MeterRegistry registry, @ConfigProperty(name = "rcm.service.name") String serviceName,
            OutboxConfig config) {
        this.dataSource = dataSource;
        this.kafkaConfig = kafkaConfig;
        this.serviceName = serviceName;
        this.config = config;
        this.published = registry.counter("rcm.outbox.published");
        this.failures = registry.counter("rcm.outbox.relay.failures");
        this.parked = registry.counter("rcm.outbox.parked");
    }

    void start(@Observes StartupEvent startup) {
        start();
    }

    /** Starts publishing; separate from the startup observer so a test can run a second relay on one database. */
    void start() {
        producer = new KafkaProducer<>(producerConfig());
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::wakeUp, 0, config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        executor.scheduleWithFixedDelay(this::purgeSent, 1, 60, TimeUnit.MINUTES);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        stop();
    }

    void stop() {
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close(Duration.ofSeconds(5));
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxAppended appended) {
        wakeUp();
    }

    /** Asks for a drain of the outbox soon; cheap and safe to call from any thread, any number of times. */
    public void wakeUp() {
        if (executor != null && drainQueued.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        drainQueued.set(false);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            if (!query(connection, LOCK)) {
                return;
            }
            try {
                while (publishBatch(connection) == config.batchSize()) {
                    // a full batch: more rows are likely waiting
                }
                failingSince = null;
            } finally {
                query(connection, UNLOCK);
            }
        } catch (SQLException | RuntimeException e) {
            if (failingSince == null) {
                failingSince = Instant.now();
            }
            // Rows stay unsent and the next poll retries them; the producer itself already retried the send.
            failures.increment();
            LOG.warnf(e, "Outbox relay of %s could not publish; will retry in %s", serviceName,
                    config.pollInterval());
        }
    }

    /** Since when publishing has failed without a success in between, if it is failing now. */
    public Optional<Instant> failingSince() {
        return Optional.ofNullable(failingSince);
    }

    /** How many rows are parked now, and the first of them. */
    public Parked parked() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement(COUNT_PARKED);
                ResultSet result = count.executeQuery()) {
            result.next();
            long oldest = result.getLong(2);
            return new Parked(result.getLong(1), result.wasNull() ? null : oldest);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count parked outbox rows", e);
        }
    }

    /** Puts every parked row back in line (after the cause was fixed, e.g. the topic created); returns how many. */
    public int releaseParked() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement release = connection.prepareStatement(RELEASE_PARKED)) {
            int released = release.executeUpdate();
            LOG.infof("Released %d parked outbox rows of %s", released, serviceName);
            wakeUp();
            return released;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not release parked outbox rows", e);
        }
    }

    private int publishBatch(Connection connection) throws SQLException {
        List<Pending> batch = new ArrayList<>();
        Set<String> heldAggregates = new HashSet<>();
        Map<String, String> refusedTopics = new HashMap<>();
        RuntimeException transientFailure = null;
        try (PreparedStatement select = connection.prepareStatement(SELECT_PENDING)) {
            select.setInt(1, config.batchSize());
            try (ResultSet rows = select.executeQuery()) {
                while (transientFailure == null && rows.next()) {
                    Pending row = new Pending(rows.getLong("seq"), rows.getString("topic"),
                            rows.getString("aggregate_id"), rows.getString("event_id"));
                    batch.add(row);
                    if (heldAggregates.contains(row.aggregateId)) {
                        continue; // behind a refused row of its aggregate: not sent, picked up again later
                    }
                    row.parkReason = refusedTopics.get(row.topic);
                    if (row.parkReason == null) {
                        row.send = producer.send(toRecord(rows));
                        try {
                            row.parkReason = refusedAtOnce(row, refusedTopics);
                        } catch (OutboxPublishException unavailable) {
                            // The broker is away: every further send would wait max.block.ms in vain.
                            transientFailure = unavailable;
                        }
                    }
                    if (row.parkReason != null) {
                        heldAggregates.add(row.aggregateId);
                    }
                }
            }
        }
        if (batch.isEmpty()) {
            return 0;
        }
        producer.flush();
        List<Long> sent = new ArrayList<>();
        for (Pending row : batch) {
            if (row.send == null || row.parkReason != null) {
                continue;
            }
            try {
                row.send.get();
                sent.add(row.seq);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RetriableException) {
                    transientFailure = new OutboxPublishException("Kafka could not take outbox row " + row.seq
                            + " for now", e.getCause());
                } else {
                    row.parkReason = reason(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OutboxPublishException("Interrupted while publishing the outbox", e);
            }
        }
        markSent(connection, sent);
        park(connection, batch);
        if (transientFailure != null) {
            throw transientFailure;
        }
        return batch.size();
    }

    /*
     * A send the producer fails before it reaches the broker: too large, or no metadata for the topic within
     * max.block.ms. The latter is a refusal only when the broker answers and denies the topic (then every row for
     * that topic in the batch is refused alike, without waiting again); when the broker is away it is transient.
     */
    private String refusedAtOnce(Pending row, Map<String, String> refusedTopics) {
        if (!row.send.isDone()) {
            return null;
        }
        try {
            row.send.get();
            return null;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (!(cause instanceof RetriableException)) {
                return reason(cause);
            }
            if (cause instanceof org.apache.kafka.common.errors.TimeoutException && topicMissing(row.topic)) {
                String reason = "Topic " + row.topic + " does not exist";
                refusedTopics.put(row.topic, reason);
                return reason;
            }
            throw new OutboxPublishException("Kafka could not take outbox row " + row.seq + " for now", cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OutboxPublishException("Interrupted while publishing the outbox", e);
        }
    }

    private boolean topicMissing(String topic) {
        Map<String, Object> adminConfig = new HashMap<>();
        adminConfig.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaConfig.get("bootstrap.servers"));
        adminConfig.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) config.maxBlock().toMillis());
        adminConfig.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) config.maxBlock().toMillis());
        try (Admin admin = Admin.create(adminConfig)) {
            admin.describeTopics(List.of(topic)).allTopicNames().get(config.maxBlock().toMillis(),
                    TimeUnit.MILLISECONDS);
            return false;
        } catch (ExecutionException e) {
            return e.getCause() instanceof UnknownTopicOrPartitionException;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    private static String reason(Throwable cause) {
        String reason = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason;
    }

    private void markSent(Connection connection, List<Long> sequences) throws SQLException {
        if (sequences.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(MARK_SENT)) {
            Array array = connection.createArrayOf("bigint", sequences.toArray());
            update.setArray(1, array);
            update.executeUpdate();
        }
        published.increment(sequences.size());
    }

    private void park(Connection connection, List<Pending> batch) throws SQLException {
        Map<Long, Pending> refused = new LinkedHashMap<>();
        batch.stream().filter(row -> row.parkReason != null).forEach(row -> refused.put(row.seq, row));
        if (refused.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(PARK)) {
            for (Pending row : refused.values()) {
                update.setString(1, row.parkReason);
                update.setLong(2, row.seq);
                update.addBatch();
                LOG.errorf("Outbox of %s parked row %d (event %s, topic %s, aggregate %s): %s; the aggregate's"
                        + " later events wait behind it until it is released", serviceName, row.seq, row.eventId,
                        row.topic, row.aggregateId, row.parkReason);
            }
            update.executeBatch();
        }
        parked.increment(refused.size());
    }

    private static boolean query(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet result = statement.executeQuery()) {
            return result.next() && result.getBoolean(1);
        }
    }

    private static ProducerRecord<String, byte[]> toRecord(ResultSet row) throws SQLException {
        EventEnvelope envelope = new EventEnvelope(row.getObject("event_id", UUID.class), row.getString("event_type"),
                row.getString("source"), row.getTimestamp("occurred_at").toInstant(), row.getString("aggregate_id"),
                row.getString("tenant_id"));
        RecordHeaders headers = new RecordHeaders();
        CloudEventHeaders.of(envelope).forEach((name, value) -> headers.add(name,
                value.getBytes(StandardCharsets.UTF_8)));
        return new ProducerRecord<>(row.getString("topic"), null, envelope.time().toEpochMilli(), envelope.subject(),
                row.getString("payload").getBytes(StandardCharsets.UTF_8), headers);
    }

    private void purgeSent() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement purge = connection.prepareStatement(PURGE_SENT)) {
            purge.setLong(1, config.retention().toSeconds());
            LOG.debugf("Purged %d sent outbox rows older than %s", purge.executeUpdate(), config.retention());
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Could not purge sent outbox rows", e);
        }
    }

    private Map<String, Object> producerConfig() {
        Map<String, Object> producerConfig = new HashMap<>(kafkaConfig);
        producerConfig.put(ProducerConfig.CLIENT_ID_CONFIG, serviceName + "-outbox-" + System.identityHashCode(this));
        producerConfig.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producerConfig.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        // Idempotence with at most 5 in-flight requests keeps per-partition order across the producer's retries.
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerConfig.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        producerConfig.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        producerConfig.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        producerConfig.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        producerConfig.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) config.maxBlock().toMillis());
        return producerConfig;
    }
}
