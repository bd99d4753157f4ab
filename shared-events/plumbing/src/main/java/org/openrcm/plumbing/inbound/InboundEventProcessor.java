package org.openrcm.plumbing.inbound;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;
import org.openrcm.events.CloudEventHeaders;
import org.openrcm.events.EventCatalog;
import org.openrcm.events.EventEnvelope;
import org.openrcm.events.EventJson;
import org.openrcm.events.RcmEvent;
import org.openrcm.plumbing.deadletter.DeadLetterPublisher;
import org.openrcm.plumbing.inbox.Inbox;

import com.fasterxml.jackson.databind.JsonNode;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Turns a Kafka record into a handled event: reads the CloudEvents headers, skips (and counts) types the consumer
 * has no route for, validates the payload against its schema, and runs the handler in one transaction with the
 * inbox entry, so a redelivery is a no-op. An outage (database or broker away) is waited out with capped back-off
 * for as long as it lasts: the partition makes no progress and nothing is committed or dead-lettered meanwhile.
 * Contention is retried a bounded number of times. A poison record, an unrouted version of a handled event, or one
 * still contended after the last attempt is rethrown for the channel's dead-letter strategy; an interrupt
 * (shutdown) leaves the record for the next start.
 */
@ApplicationScoped
public class InboundEventProcessor {

    private static final Logger LOG = Logger.getLogger(InboundEventProcessor.class);
    /** The metric tag of a type the contracts do not know: tags never take arbitrary header values. */
    private static final String UNKNOWN_TYPE = "unknown";

    private final Inbox inbox;
    private final EventSchemaValidator validator;
    private final MeterRegistry registry;
    private final InboundConfig config;
    private final DeadLetterPublisher deadLetters;

    InboundEventProcessor(Inbox inbox, EventSchemaValidator validator, MeterRegistry registry,
            InboundConfig config, DeadLetterPublisher deadLetters) {
        this.inbox = inbox;
        this.validator = validator;
        this.registry = registry;
        this.config = config;
        this.deadLetters = deadLetters;
    }

    /** A record of a batch that passed the checks and has a route. */
    private record Routed(ConsumerRecord<String, byte[]> record, EventEnvelope envelope, EventRoutes.Route<?> route,
            RcmEvent event, String typeTag) {
    }

    /**
     * Processes one record for {@code consumer} (a stable name: it keys the inbox).
     *
     * @throws PoisonEventException when the record can never be processed
     * @throws ConsumptionInterruptedException when the thread was interrupted before the record was processed
     */
    public void process(String consumer, ConsumerRecord<String, byte[]> record, EventRoutes routes) {
        Routed routed = route(consumer, record, routes);
        if (routed != null) {
            handleWithRetry(consumer, routed.envelope(), routed.route(), routed.event());
            registry.counter("rcm.inbound.processed", "consumer", consumer, "type", routed.typeTag()).increment();
        }
    }

    /**
     * Processes a batch of records of a batch-mode channel ({@code batch=true}) for {@code consumer}: the inbox rows
     * of the whole batch in one statement and every handler in one transaction. An outage is waited out as for one
     * record. Any other failure of the batch falls back to record-by-record processing, which isolates the records
     * that cannot be processed: those are dead-lettered, one by one, to the channel's dead-letter topic, and the
     * rest of the batch goes through. Order within each partition is kept. Returns normally unless interrupted, so
     * the connector never dead-letters a whole batch.
     *
     * @param channel the channel the batch came from; names the dead-letter topic
     *                ({@code mp.messaging.incoming.<channel>.dead-letter-queue.topic})
     * @throws ConsumptionInterruptedException when the thread was interrupted before the batch was processed
     */
    public void processBatch(String consumer, String channel, Iterable<ConsumerRecord<String, byte[]>> records,
            EventRoutes routes) {
        List<Routed> batch = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                Routed routed = route(consumer, record, routes);
                if (routed != null) {
                    batch.add(routed);
                }
            } catch (PoisonEventException poison) {
                deadLetters.publish(channel, record, poison);
            }
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            handleBatchWaitingOutOutages(consumer, batch);
        } catch (ConsumptionInterruptedException interrupted) {
            throw interrupted;
        } catch (RuntimeException failure) {
            LOG.infof("%s: a batch of %d failed (%s); processing it record by record", consumer, batch.size(),
                    failure.getClass().getSimpleName());
            for (Routed routed : batch) {
                try {
                    handleWithRetry(consumer, routed.envelope(), routed.route(), routed.event());
                } catch (ConsumptionInterruptedException interrupted) {
                    throw interrupted;
                } catch (RuntimeException recordFailure) {
                    deadLetters.publish(channel, routed.record(), recordFailure);
                    continue;
                }
                registry.counter("rcm.inbound.processed", "consumer", consumer, "type", routed.typeTag())
                        .increment();
            }
            return;
        }
        batch.forEach(routed -> registry.counter("rcm.inbound.processed", "consumer", consumer, "type",
                routed.typeTag()).increment());
    }

    /** Checks the record and finds its route; null when the consumer skips its type. */
    private Routed route(String consumer, ConsumerRecord<String, byte[]> record, EventRoutes routes) {
        EventEnvelope envelope = envelope(record);
        String typeTag = EventCatalog.byCeType(envelope.type()).map(EventCatalog::ceType).orElse(UNKNOWN_TYPE);
        EventRoutes.Route<?> route = routes.route(envelope.type()).orElse(null);
        if (route == null) {
            if (routes.isUnroutedVersionOfHandledEvent(envelope.type())) {
                throw new PoisonEventException("Event " + envelope.id() + " is of type " + envelope.type()
                        + ", a version " + consumer + " does not handle; it handles " + routes.routedTypes());
            }
            registry.counter("rcm.inbound.skipped", "consumer", consumer, "type", typeTag).increment();
            LOG.debugf("%s skips %s %s: no route for this type", consumer, envelope.type(), envelope.id());
            return null;
        }
        return new Routed(record, envelope, route, decode(route.entry(), envelope, record.value()), typeTag);
    }

    private void handleBatchWaitingOutOutages(String consumer, List<Routed> batch) {
        List<EventEnvelope> envelopes = batch.stream().map(Routed::envelope).toList();
        Duration backoff = config.initialBackoff();
        while (true) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    Set<UUID> firstDeliveries = inbox.firstDeliveries(consumer, envelopes);
                    for (Routed routed : batch) {
                        // remove: the same event twice in one batch is handled once
                        if (firstDeliveries.remove(routed.envelope().id())) {
                            routed.route().handle(routed.envelope(), routed.event());
                        } else {
                            registry.counter("rcm.inbound.duplicates", "consumer", consumer).increment();
                        }
                    }
                });
                return;
            } catch (RuntimeException failure) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new ConsumptionInterruptedException("Interrupted while processing a batch", failure);
                }
                if (TransientFailures.kind(failure) != TransientFailures.Kind.OUTAGE) {
                    throw failure;
                }
                registry.counter("rcm.inbound.retries", "consumer", consumer, "kind", "outage").increment();
                LOG.warnf("%s: a batch of %d failed with an outage (%s); retrying in %s", consumer, batch.size(),
                        failure.getClass().getSimpleName(), backoff);
                sleep(backoff, envelopes.get(0));
                Duration doubled = backoff.multipliedBy(2);
                backoff = doubled.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : doubled;
            }
        }
    }

    private void handleWithRetry(String consumer, EventEnvelope envelope, EventRoutes.Route<?> route,
            RcmEvent event) {
        Duration backoff = config.initialBackoff();
        int contended = 0;
        for (int attempt = 1;; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    if (inbox.firstDelivery(consumer, envelope)) {
                        route.handle(envelope, event);
                    } else {
                        registry.counter("rcm.inbound.duplicates", "consumer", consumer).increment();
                    }
                });
                return;
            } catch (RuntimeException failure) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new ConsumptionInterruptedException("Interrupted while processing " + envelope.id(),
                            failure);
                }
                TransientFailures.Kind kind = TransientFailures.kind(failure);
                if (kind == TransientFailures.Kind.PERMANENT
                        || kind == TransientFailures.Kind.CONTENTION && ++contended >= config.maxAttempts()) {
                    throw failure;
                }
                registry.counter("rcm.inbound.retries", "consumer", consumer, "kind", kind.name().toLowerCase())
                        .increment();
                LOG.warnf("%s: attempt %d for event %s failed (%s, %s); retrying in %s", consumer, attempt,
                        envelope.id(), kind, failure.getClass().getSimpleName(), backoff);
                sleep(backoff, envelope);
                Duration doubled = backoff.multipliedBy(2);
                backoff = doubled.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : doubled;
            }
        }
    }

    private RcmEvent decode(EventCatalog entry, EventEnvelope envelope, byte[] value) {
        if (value == null) {
            throw new PoisonEventException("Event " + envelope.id() + " has no payload");
        }
        RcmEvent event;
        try {
            JsonNode json = EventJson.mapper().readTree(value);
            validator.validate(entry, json);
            event = EventJson.mapper().treeToValue(json, entry.recordType());
        } catch (IOException e) {
            throw new PoisonEventException("Event " + envelope.id() + " is not valid JSON of "
                    + entry.ceType() + ": " + e.getMessage(), e);
        }
        if (!envelope.tenantId().equals(event.tenantId())) {
            throw new PoisonEventException("Event " + envelope.id() + " names tenant " + event.tenantId()
                    + " in its payload but " + envelope.tenantId() + " in header " + CloudEventHeaders.TENANT_ID);
        }
        return event;
    }

    private static EventEnvelope envelope(ConsumerRecord<String, byte[]> record) {
        String id = requiredHeader(record, CloudEventHeaders.ID);
        String time = requiredHeader(record, CloudEventHeaders.TIME);
        try {
            return new EventEnvelope(UUID.fromString(id), requiredHeader(record, CloudEventHeaders.TYPE),
                    requiredHeader(record, CloudEventHeaders.SOURCE), Instant.parse(time),
                    requiredHeader(record, CloudEventHeaders.SUBJECT),
                    requiredHeader(record, CloudEventHeaders.TENANT_ID));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new PoisonEventException("Record " + record.topic() + "-" + record.partition() + "@"
                    + record.offset() + " has a malformed CloudEvents header: " + e.getMessage(), e);
        }
    }

    private static String requiredHeader(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null || header.value() == null || header.value().length == 0) {
            throw new PoisonEventException("Record " + record.topic() + "-" + record.partition() + "@"
                    + record.offset() + " lacks the CloudEvents header " + name);
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void sleep(Duration backoff, EventEnvelope envelope) {
        try {
            Thread.sleep(backoff.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConsumptionInterruptedException("Interrupted while backing off from " + envelope.id(), e);
        }
    }
}
