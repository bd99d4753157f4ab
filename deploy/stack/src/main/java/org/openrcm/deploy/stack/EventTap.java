package org.openrcm.deploy.stack;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.openrcm.events.CloudEventHeaders;
import org.openrcm.events.EventCatalog;
import org.openrcm.events.EventJson;
import org.openrcm.events.RcmEvent;
import org.openrcm.events.claims.ClaimCreated;
import org.openrcm.events.patientbilling.PatientStatementIssued;
import org.openrcm.events.payments.PatientResponsibilityDetermined;
import org.openrcm.events.payments.PaymentPosted;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Listens to the cycle's event topics like any outside subscriber would, from the earliest offset in a consumer
 * group of its own, and keeps what the demo reports for its tenants: events by type, the amounts they carry, any
 * event seen twice, the statements issued, the business figures ({@link CycleFigures}) and records dead-lettered
 * by a service.
 */
public final class EventTap extends TopicTap {

    private static final Map<EventCatalog, Function<RcmEvent, BigDecimal>> AMOUNTS = Map.of(
            EventCatalog.CLAIM_CREATED, event -> ((ClaimCreated) event).totalCharge(),
            EventCatalog.PAYMENT_POSTED, event -> ((PaymentPosted) event).paidAmount(),
            EventCatalog.PATIENT_RESPONSIBILITY_DETERMINED, event -> ((PatientResponsibilityDetermined) event).amount(),
            EventCatalog.PATIENT_STATEMENT_ISSUED, event -> ((PatientStatementIssued) event).balanceDue());
    private static final String PATIENT_RESPONSIBILITY = "PatientResponsibilityDetermined";

    private final Set<String> tenantIds;

    private final Map<String, Integer> countsByType = new HashMap<>();
    private final Map<EventCatalog, BigDecimal> sums = new HashMap<>();
    private final Set<String> eventIds = new HashSet<>();
    private final CycleFigures figures = new CycleFigures();
    private final List<String> duplicates = new ArrayList<>();
    private final List<PatientStatementIssued> statements = new ArrayList<>();
    private final Set<String> responsibilityEventIds = new HashSet<>();
    private int deadLetters;
    private long lastEventNanos = System.nanoTime();

    private EventTap(String bootstrapServers, Collection<String> tenantIds) {
        super(bootstrapServers, "event-tap");
        this.tenantIds = Set.copyOf(tenantIds);
    }

    /** Starts tapping the event and dead-letter topics for the events of {@code tenantIds}. */
    public static EventTap start(String bootstrapServers, Collection<String> tenantIds) {
        EventTap tap = new EventTap(bootstrapServers, tenantIds);
        tap.startPolling();
        return tap;
    }

    @Override
    protected synchronized void record(ConsumerRecord<String, byte[]> record) {
        Optional<String> tenantId = header(record, CloudEventHeaders.TENANT_ID);
        if (DEAD_LETTER_TOPICS.contains(record.topic())) {
            // Counted even without a tenant header: a record a service could not read may lack one.
            if (tenantId.map(tenantIds::contains).orElse(true)) {
                deadLetters++;
            }
            return;
        }
        if (tenantId.isEmpty() || !tenantIds.contains(tenantId.get())) {
            return;
        }
        String type = header(record, CloudEventHeaders.TYPE).orElse("(no ce_type)");
        String id = header(record, CloudEventHeaders.ID).orElse("(no ce_id)");
        String subject = header(record, CloudEventHeaders.SUBJECT).orElse(record.key());
        countsByType.merge(type, 1, Integer::sum);
        if (!eventIds.add(id)) {
            duplicates.add("event id " + id + " (" + type + ") seen twice");
        }
        figures.record(type, subject, tree(record));
        if (CycleFigures.eventName(type).equals(PATIENT_RESPONSIBILITY)) {
            responsibilityEventIds.add(id);
        }
        lastEventNanos = System.nanoTime();
        EventCatalog.byCeType(type).ifPresent(entry -> {
            Function<RcmEvent, BigDecimal> amount = AMOUNTS.get(entry);
            if (amount != null) {
                RcmEvent event = decode(record, entry);
                sums.merge(entry, amount.apply(event), BigDecimal::add);
                if (event instanceof PatientStatementIssued statement) {
                    statements.add(statement);
                }
            }
        });
    }

    private static RcmEvent decode(ConsumerRecord<String, byte[]> record, EventCatalog entry) {
        try {
            return EventJson.mapper().readValue(record.value(), entry.recordType());
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable " + entry.eventName() + " at " + record.topic() + "-"
                    + record.partition() + "@" + record.offset(), e);
        }
    }

    private static JsonNode tree(ConsumerRecord<String, byte[]> record) {
        try {
            return EventJson.mapper().readTree(record.value());
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable event at " + record.topic() + "-" + record.partition() + "@"
                    + record.offset(), e);
        }
    }

    public synchronized int count(EventCatalog type) {
        return countsByType.getOrDefault(type.ceType(), 0);
    }

    /** The sum of the amount the demo follows for {@code type}: a claim's charge, a payment, a balance due. */
    public synchronized BigDecimal sum(EventCatalog type) {
        if (!AMOUNTS.containsKey(type)) {
            throw new IllegalArgumentException("No amount is summed for " + type.eventName());
        }
        return sums.getOrDefault(type, BigDecimal.ZERO);
    }

    /** Events delivered more than once (by event id); empty when every event came once. */
    public synchronized List<String> duplicates() {
        return List.copyOf(duplicates);
    }

    /** How long no event of the tap's tenants has come. */
    public synchronized Duration quietFor() {
        return Duration.ofNanos(System.nanoTime() - lastEventNanos);
    }

    /** Runs {@code reader} on the run's figures under the tap's lock. */
    synchronized <T> T figures(Function<CycleFigures, T> reader) {
        return reader.apply(figures);
    }

    /** The ids of the PatientResponsibilityDetermined events seen (any version), for checking who applied them. */
    public synchronized Set<String> responsibilityEventIds() {
        return Set.copyOf(responsibilityEventIds);
    }

    public synchronized List<PatientStatementIssued> statements() {
        return List.copyOf(statements);
    }

    /** Records of the demo's tenants that a service sent to its dead-letter topic. */
    public synchronized int deadLetters() {
        return deadLetters;
    }
}
