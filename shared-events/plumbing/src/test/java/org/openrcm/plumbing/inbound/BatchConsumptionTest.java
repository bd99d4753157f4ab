package org.openrcm.plumbing.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

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

import io.quarkus.test.junit.QuarkusTest;

/** The batch path: one inbox statement and one transaction per batch, poison isolated, outages waited out. */
@QuarkusTest
class BatchConsumptionTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String TOPIC = Topics.PATIENT_ACCOUNTS.name();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @Inject
    Faults faults;
    @Inject
    TestEffects effects;

    private TopicProbe probe;

    @BeforeEach
    void openProbe() {
        probe = new TopicProbe(bootstrapServers, Topics.PATIENT_BILLING_DLQ.name());
    }

    @AfterEach
    void closeProbe() {
        probe.close();
    }

    @Test
    void poisonAndAFailingHandlerAreDeadLetteredAloneAndTheRestOfTheBatchIsAppliedOnce() {
        List<String> good = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            good.add("claim-" + UUID.randomUUID());
        }
        String failing = "claim-" + UUID.randomUUID();
        String nullValue = "claim-" + UUID.randomUUID();
        String redelivered = good.get(7);
        faults.arrange(failing, Faults.Kind.PERMANENT, 1_000);
        UUID redeliveredId = UUID.randomUUID();
        PaymentPosted redeliveredEvent = TestEvents.payment(redelivered);
        for (String claim : good) {
            if (claim.equals(redelivered)) {
                publish(redeliveredEvent, redeliveredId);
                publish(redeliveredEvent, redeliveredId);
            } else {
                publish(TestEvents.payment(claim), UUID.randomUUID());
            }
            if (claim.equals(good.get(100))) {
                publish(TestEvents.payment(failing), UUID.randomUUID());
                PaymentPosted empty = TestEvents.payment(nullValue);
                probe.send(TOPIC, nullValue, TestEvents.headers(empty, UUID.randomUUID()), null);
            }
        }

        await().atMost(TIMEOUT).until(() -> good.stream().allMatch(claim -> effects.count(claim) == 1));
        List<TopicProbe.Received> dead = probe.await(record -> failing.equals(record.key())
                || nullValue.equals(record.key()), 2, TIMEOUT, Duration.ofSeconds(1));
        assertThat(dead).extracting(record -> record.header("dead-letter-reason")).satisfiesExactlyInAnyOrder(
                reason -> assertThat(reason).contains("Handler bug for claim " + failing),
                reason -> assertThat(reason).contains("has no payload"));
        assertThat(dead).allSatisfy(record -> {
            assertThat(record.header("dead-letter-topic")).isEqualTo(TOPIC);
            assertThat(record.header(CloudEventHeaders.ID)).isNotBlank();
        });
        assertThat(effects.count(failing)).isZero();
        assertThat(effects.count(redelivered)).isEqualTo(1);
    }

    @Test
    void anOutageInTheMiddleOfABatchIsWaitedOutAndNothingIsDeadLettered() {
        List<String> claims = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            claims.add("claim-" + UUID.randomUUID());
        }
        faults.arrange(claims.get(25), Faults.Kind.POOL_TIMEOUT, 5);

        claims.forEach(claim -> publish(TestEvents.payment(claim), UUID.randomUUID()));

        await().atMost(TIMEOUT).until(() -> claims.stream().allMatch(claim -> effects.count(claim) == 1));
        assertThat(probe.await(record -> claims.contains(record.key()), 1, Duration.ofSeconds(2), Duration.ZERO))
                .isEmpty();
    }

    private void publish(PaymentPosted event, UUID eventId) {
        probe.send(TOPIC, event.claimId(), TestEvents.headers(event, eventId), TestEvents.json(event));
    }
}
