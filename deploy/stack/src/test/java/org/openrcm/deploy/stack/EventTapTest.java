package org.openrcm.deploy.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openrcm.deploy.infra.SharedInfrastructure;
import org.openrcm.events.CloudEventHeaders;
import org.openrcm.events.EventCatalog;
import org.openrcm.events.EventJson;
import org.openrcm.events.RcmEvent;
import org.openrcm.events.Topics;
import org.openrcm.events.common.Adjustment;
import org.openrcm.events.patientbilling.PatientStatementIssued;
import org.openrcm.events.payments.PaymentPosted;

/** The tap against a real broker, fed CloudEvents records as the services' outbox relays publish them. */
class EventTapTest {

    private static KafkaProducer<String, byte[]> producer;
    private final String tenant = "tap-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void connect() {
        producer = new KafkaProducer<>(Map.of("bootstrap.servers", SharedInfrastructure.kafka().bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer());
    }

    @AfterAll
    static void disconnect() {
        producer.close();
    }

    @Test
    void countsAndSumsTheEventsOfItsTenantsOnly() throws Exception {
        publish(UUID.randomUUID(), payment(tenant, "C-1", "80.00"));
        publish(UUID.randomUUID(), payment(tenant, "C-2", "6.80"));
        publish(UUID.randomUUID(), payment("someone-else", "C-3", "1000.00"));
        publish(UUID.randomUUID(), statement(tenant, "A-1", "21.70"));

        try (EventTap tap = EventTap.start(SharedInfrastructure.kafka().bootstrapServers(), List.of(tenant))) {
            await(() -> tap.count(EventCatalog.PATIENT_STATEMENT_ISSUED) == 1
                    && tap.count(EventCatalog.PAYMENT_POSTED) == 2);

            assertThat(tap.sum(EventCatalog.PAYMENT_POSTED)).isEqualByComparingTo("86.80");
            assertThat(tap.sum(EventCatalog.PATIENT_STATEMENT_ISSUED)).isEqualByComparingTo("21.70");
            assertThat(tap.statements()).extracting(PatientStatementIssued::accountId).containsExactly("A-1");
            assertThat(tap.count(EventCatalog.CLAIM_CREATED)).isZero();
            assertThat(tap.duplicates()).isEmpty();
            tap.checkRunning();
        }
    }

    @Test
    void reportsAnEventDeliveredTwiceAndRecordsDeadLettered() throws Exception {
        UUID id = UUID.randomUUID();
        publish(id, payment(tenant, "C-1", "80.00"));
        publish(id, payment(tenant, "C-1", "80.00"));
        producer.send(record(Topics.PAYMENTS_DLQ.name(), tenant, "C-1", UUID.randomUUID(),
                EventCatalog.PAYMENT_POSTED.ceType(), "not json".getBytes(StandardCharsets.UTF_8))).get();

        try (EventTap tap = EventTap.start(SharedInfrastructure.kafka().bootstrapServers(), List.of(tenant))) {
            await(() -> tap.count(EventCatalog.PAYMENT_POSTED) == 2 && tap.deadLetters() == 1);

            assertThat(tap.duplicates()).singleElement().satisfies(line -> assertThat(line).contains(id.toString()));
        }
    }

    private void publish(UUID id, RcmEvent event) throws Exception {
        EventCatalog entry = EventCatalog.of(event.getClass());
        producer.send(record(entry.topic().name(), event.tenantId(), event.aggregateId(), id, entry.ceType(),
                EventJson.mapper().writeValueAsBytes(event))).get();
    }

    private static ProducerRecord<String, byte[]> record(String topic, String tenantId, String key, UUID id,
            String type, byte[] value) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
        record.headers().add(CloudEventHeaders.ID, bytes(id.toString()))
                .add(CloudEventHeaders.TYPE, bytes(type))
                .add(CloudEventHeaders.SUBJECT, bytes(key))
                .add(CloudEventHeaders.TENANT_ID, bytes(tenantId));
        return record;
    }

    private static PaymentPosted payment(String tenantId, String claimId, String paid) {
        return new PaymentPosted(tenantId, "PAY-" + claimId, claimId, "R-1", "BCBS01", "PCN1", "1",
                new BigDecimal("125.00"), new BigDecimal(paid), new BigDecimal("20.00"),
                List.of(new Adjustment("CO", "45", new BigDecimal("25.00"))), Instant.now());
    }

    private static PatientStatementIssued statement(String tenantId, String accountId, String balanceDue) {
        return new PatientStatementIssued(tenantId, "S-1", accountId, "P-1", LocalDate.now(),
                LocalDate.now().plusDays(30), BigDecimal.ZERO, new BigDecimal(balanceDue), BigDecimal.ZERO,
                new BigDecimal(balanceDue), 1, Instant.now());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within 30 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
