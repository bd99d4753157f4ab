package org.openrcm.plumbing.deadletter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.openrcm.deploy.infra.TopicProbe;
import org.openrcm.events.Topics;
import org.openrcm.events.payments.PaymentPosted;
import org.openrcm.plumbing.testapp.Faults;
import org.openrcm.plumbing.testapp.TestEffects;
import org.openrcm.plumbing.testapp.TestEvents;
import org.openrcm.plumbing.testapp.TestEventsConsumer;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class DeadLetterResourceTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @Inject
    Faults faults;
    @Inject
    TestEffects effects;
    @Inject
    MeterRegistry registry;

    @Test
    void aDeadLetterIsListedWithItsReasonAndItsReplayAfterTheFixIsAppliedOnceHoweverOftenRepeated() {
        String claim = "claim-" + UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        PaymentPosted payment = TestEvents.payment(claim);
        faults.arrange(claim, Faults.Kind.PERMANENT, 1); // the "bug", fixed once this first attempt has failed
        try (TopicProbe probe = new TopicProbe(bootstrapServers, Topics.PAYMENTS_DLQ.name())) {
            probe.send(Topics.CLAIM_PAYMENTS.name(), claim, TestEvents.headers(payment, eventId),
                    TestEvents.json(payment));
            assertThat(probe.await(record -> claim.equals(record.key()), 1, TIMEOUT, Duration.ZERO)).hasSize(1);
        }

        JsonPath listed = given().get("/admin/dead-letters").then().statusCode(200)
                .body("eventId", hasItem(eventId.toString())).extract().jsonPath();
        Map<String, Object> letter = listed.<Map<String, Object>>getList("").stream()
                .filter(entry -> eventId.toString().equals(entry.get("eventId"))).findFirst().orElseThrow();
        assertThat(letter).containsEntry("originalTopic", Topics.CLAIM_PAYMENTS.name())
                .containsEntry("tenantId", TestEvents.TENANT).doesNotContainKey("payload");
        assertThat((String) letter.get("reason")).contains("Handler bug for claim " + claim);
        Map<String, Object> position = Map.of("topic", letter.get("topic"), "partition", letter.get("partition"),
                "offset", letter.get("offset"));

        given().contentType(ContentType.JSON).body(Map.of("records", List.of(position)))
                .post("/admin/dead-letters/replay").then().statusCode(200)
                .body("republishedTo", hasItem(Topics.CLAIM_PAYMENTS.name()));
        await().atMost(TIMEOUT).until(() -> effects.count(claim) == 1);

        double duplicates = duplicates();
        given().contentType(ContentType.JSON).body(Map.of("records", List.of(position)))
                .post("/admin/dead-letters/replay").then().statusCode(200);
        await().atMost(TIMEOUT).until(() -> duplicates() > duplicates);
        assertThat(effects.count(claim)).isEqualTo(1);
    }

    @Test
    void aReplayOfARecordOutsideTheServicesDeadLetterTopicsIsNotFound() {
        given().contentType(ContentType.JSON).body(Map.of("records", List.of(Map.of("topic",
                Topics.CLAIM_PAYMENTS.name(), "partition", 0, "offset", 0))))
                .post("/admin/dead-letters/replay").then().statusCode(404)
                .contentType("application/problem+json");
    }

    private double duplicates() {
        return registry.counter("rcm.inbound.duplicates", "consumer", TestEventsConsumer.CONSUMER).count();
    }
}
