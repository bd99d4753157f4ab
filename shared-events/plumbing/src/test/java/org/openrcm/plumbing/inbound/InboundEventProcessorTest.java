package org.openrcm.plumbing.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openrcm.deploy.infra.TopicProbe;
import org.openrcm.events.CloudEventHeaders;
import org.openrcm.events.Topics;
import org.openrcm.events.payments.PaymentPosted;
import org.openrcm.plumbing.testapp.Faults;
import org.openrcm.plumbing.testapp.TestEffects;
import org.openrcm.plumbing.testapp.TestEvents;
import org.openrcm.plumbing.testapp.TestEventsConsumer;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;

/** The consumer pipeline against the real broker and database: retries, outages, poison records, atomicity. */
@QuarkusTest
class InboundEventProcessorTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @Inject
    Faults faults;
    @Inject
    TestEffects effects;
    @Inject
    MeterRegistry registry;
    @Inject
    InboundEventProcessor processor;

    private TopicProbe probe;

    @BeforeEach
    void openProbe() {
        probe = new TopicProbe(bootstrapServers, Topics.PAYMENTS_DLQ.name());
    }

    @AfterEach
    void closeProbe() {
        probe.close();
    }

    @Test
    void contentionIsRetriedUntilTheEventGoesThroughOnce() {
        String claim = claimId();
        faults.arrange(claim, Faults.Kind.CONTENTION, 2);

        publish(TestEvents.payment(claim), UUID.randomUUID());

        await().atMost(TIMEOUT).until(() -> effects.count(claim) == 1);
        assertThat(faults.attempts(claim)).isEqualTo(3);
        assertNothingDeadLettered(claim);
    }

    @Test
    void contentionThatNeverSettlesIsDeadLetteredAfterItsAttempts() {
        String claim = claimId();
        faults.arrange(claim, Faults.Kind.CONTENTION, 1_000);

        publish(TestEvents.payment(claim), UUID.randomUUID());

        assertThat(deadLetterReason(claim)).contains("handler failed");
        assertThat(faults.attempts(claim)).isEqualTo(3); // rcm.inbound.max-attempts in the test profile
        assertThat(effects.count(claim)).isZero();
    }

    @Test
    void aPoolAcquisitionTimeoutIsAnOutageWaitedOutBeyondTheAttemptLimitNotDeadLettered() {
        String claim = claimId();
        faults.arrange(claim, Faults.Kind.POOL_TIMEOUT, 6);

        publish(TestEvents.payment(claim), UUID.randomUUID());

        await().atMost(TIMEOUT).until(() -> effects.count(claim) == 1);
        assertThat(faults.attempts(claim)).isEqualTo(7);
        assertNothingDeadLettered(claim);
    }

    @Test
    void aHandlerFailingAfterTheInboxInsertLeavesNoInboxRowSoARedeliveryIsProcessed() {
        String claim = claimId();
        UUID eventId = UUID.randomUUID();
        PaymentPosted payment = TestEvents.payment(claim);
        faults.arrange(claim, Faults.Kind.PERMANENT, 1);

        publish(payment, eventId);
        assertThat(deadLetterReason(claim)).contains("Handler bug for claim " + claim);
        assertThat(effects.inboxRows(eventId.toString())).isZero();
        assertThat(effects.count(claim)).isZero();

        publish(payment, eventId);

        await().atMost(TIMEOUT).until(() -> effects.count(claim) == 1);
        assertThat(effects.inboxRows(eventId.toString())).isEqualTo(1);
    }

    @Test
    void aRedeliveredEventIsAppliedOnlyOnce() {
        String claim = claimId();
        UUID eventId = UUID.randomUUID();
        PaymentPosted payment = TestEvents.payment(claim);

        publish(payment, eventId);
        await().atMost(TIMEOUT).until(() -> effects.count(claim) == 1);
        double duplicates = registry.counter("rcm.inbound.duplicates", "consumer", TestEventsConsumer.CONSUMER)
                .count();
        publish(payment, eventId);

        await().atMost(TIMEOUT).until(() -> registry.counter("rcm.inbound.duplicates", "consumer",
                TestEventsConsumer.CONSUMER).count() > duplicates);
        assertThat(effects.count(claim)).isEqualTo(1);
    }

    @Test
    void anUnroutedVersionOfAHandledEventIsDeadLetteredNotSilentlyAcknowledged() {
        String claim = claimId();
        PaymentPosted payment = TestEvents.payment(claim);

        send(payment, headers -> with(headers, CloudEventHeaders.TYPE, "org.openrcm.payments.PaymentPosted.v2"),
                TestEvents.json(payment));

        assertThat(deadLetterReason(claim)).contains("org.openrcm.payments.PaymentPosted.v2")
                .contains("does not handle").contains("org.openrcm.payments.PaymentPosted.v1");
    }

    @Test
    void anUnknownTypeIsSkippedUnderABoundedMetricTag() {
        String claim = claimId();
        PaymentPosted payment = TestEvents.payment(claim);
        double before = registry.counter("rcm.inbound.skipped", "consumer", TestEventsConsumer.CONSUMER, "type",
                "unknown").count();

        send(payment, headers -> with(headers, CloudEventHeaders.TYPE, "attacker.chosen." + UUID.randomUUID()),
                TestEvents.json(payment));

        await().atMost(TIMEOUT).until(() -> registry.counter("rcm.inbound.skipped", "consumer",
                TestEventsConsumer.CONSUMER, "type", "unknown").count() > before);
        assertThat(registry.find("rcm.inbound.skipped").meters()).allSatisfy(meter -> assertThat(
                meter.getId().getTag("type")).doesNotStartWith("attacker"));
    }

    @Test
    void poisonRecordsAreDeadLetteredWithTheirReasonAndTheNextRecordIsProcessed() {
        String mismatch = claimId();
        String badId = claimId();
        String badTime = claimId();
        String nullValue = claimId();
        String good = claimId();
        PaymentPosted ofAnotherTenant = TestEvents.payment("other-practice", mismatch, "1");
        send(ofAnotherTenant, headers -> with(headers, CloudEventHeaders.TENANT_ID, TestEvents.TENANT),
                TestEvents.json(ofAnotherTenant));
        PaymentPosted withBadId = TestEvents.payment(badId);
        send(withBadId, headers -> with(headers, CloudEventHeaders.ID, "not-a-uuid"), TestEvents.json(withBadId));
        PaymentPosted withBadTime = TestEvents.payment(badTime);
        send(withBadTime, headers -> with(headers, CloudEventHeaders.TIME, "yesterday"),
                TestEvents.json(withBadTime));
        send(TestEvents.payment(nullValue), UnaryOperator.identity(), null);
        publish(TestEvents.payment(good), UUID.randomUUID());

        assertThat(deadLetterReason(mismatch)).contains("names tenant other-practice in its payload");
        assertThat(deadLetterReason(badId)).contains("malformed CloudEvents header");
        assertThat(deadLetterReason(badTime)).contains("malformed CloudEvents header");
        assertThat(deadLetterReason(nullValue)).contains("has no payload");
        await().atMost(TIMEOUT).until(() -> effects.count(good) == 1);
        assertThat(effects.count(mismatch) + effects.count(badId) + effects.count(badTime)
                + effects.count(nullValue)).isZero();
    }

    @Test
    void aConsumerInterruptedWhileWaitingOutAnOutageLeavesTheRecordForTheNextStartInsteadOfDeadLetteringIt()
            throws InterruptedException {
        String claim = claimId();
        faults.arrange(claim, Faults.Kind.POOL_TIMEOUT, 1_000);
        PaymentPosted payment = TestEvents.payment(claim);
        RecordHeaders headers = new RecordHeaders();
        TestEvents.headers(payment, UUID.randomUUID()).forEach((name, value) -> headers.add(name,
                value.getBytes(StandardCharsets.UTF_8)));
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(Topics.CLAIM_PAYMENTS.name(), 0, 0L, 0L,
                TimestampType.CREATE_TIME, 0, 0, claim, TestEvents.json(payment).getBytes(StandardCharsets.UTF_8),
                headers, Optional.empty());
        EventRoutes routes = EventRoutes.builder().on(PaymentPosted.class, effects::apply).build();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread consumerThread = new Thread(() -> {
            try {
                processor.process("interrupt-test", record, routes);
            } catch (Throwable failure) {
                thrown.set(failure);
            }
        });

        consumerThread.start();
        await().atMost(TIMEOUT).until(() -> faults.attempts(claim) >= 2);
        consumerThread.interrupt();
        consumerThread.join(TIMEOUT.toMillis());

        assertThat(thrown.get()).isInstanceOf(ConsumptionInterruptedException.class);
        assertThat(ShutdownAwareDeadLetterQueue.interrupted(thrown.get())).isTrue();
        assertThat(effects.count(claim)).isZero();
    }

    private static String claimId() {
        return "claim-" + UUID.randomUUID();
    }

    private void publish(PaymentPosted event, UUID eventId) {
        probe.send(Topics.CLAIM_PAYMENTS.name(), event.claimId(), TestEvents.headers(event, eventId),
                TestEvents.json(event));
    }

    private void send(PaymentPosted event, UnaryOperator<Map<String, String>> headers, String value) {
        probe.send(Topics.CLAIM_PAYMENTS.name(), event.claimId(),
                headers.apply(TestEvents.headers(event, UUID.randomUUID())), value);
    }

    private static Map<String, String> with(Map<String, String> headers, String name, String value) {
        headers.put(name, value);
        return headers;
    }

    private String deadLetterReason(String claimId) {
        List<TopicProbe.Received> dead = probe.await(record -> claimId.equals(record.key()), 1, TIMEOUT,
                Duration.ZERO);
        assertThat(dead).as("dead letters of %s", claimId).hasSize(1);
        return dead.get(0).header("dead-letter-reason");
    }

    private void assertNothingDeadLettered(String claimId) {
        assertThat(probe.await(record -> claimId.equals(record.key()), 1, Duration.ofSeconds(2), Duration.ZERO))
                .isEmpty();
    }
}
