package org.openrcm.claims.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.equalTo;
import static org.openrcm.claims.InboundEvents.line;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openrcm.claims.ClaimTopic;
import org.openrcm.claims.ClearinghouseDrop;
import org.openrcm.claims.InboundEvents;
import org.openrcm.claims.Metrics;
import org.openrcm.claims.Tenants;
import org.openrcm.deploy.infra.TopicProbe;
import org.openrcm.events.CloudEventHeaders;
import org.openrcm.events.EventCatalog;
import org.openrcm.events.Topics;
import org.openrcm.events.claims.ClaimCreated;
import org.openrcm.events.claims.ClaimScrubFailed;
import org.openrcm.events.claims.ClaimSubmitted;
import org.openrcm.events.coding.EncounterCoded;
import org.openrcm.events.coding.EncounterReceived;
import org.openrcm.events.common.ClaimLine;
import org.openrcm.events.common.ProcedureLine;
import org.openrcm.events.common.ValidationIssue;
import org.openrcm.x12.claim.Claim837;
import org.openrcm.x12.claim.Claim837Reader;


import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class EncounterEventsConsumerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private TopicProbe claims;
    private TopicProbe deadLetters;

    @BeforeEach
    void openProbes() {
        claims = new TopicProbe(bootstrapServers, Topics.CLAIMS.name());
        deadLetters = new TopicProbe(bootstrapServers, Topics.CLAIMS_DLQ.name());
    }

    @AfterEach
    void closeProbes() {
        claims.close();
        deadLetters.close();
    }

    @Test
    void codedEncounterBecomesAPricedClaimThatIsCreatedThenSubmittedOnce() {
        String tenant = Tenants.billing("99213", "125.00", "93000", "62.50");

        InboundEvents.publish(claims, InboundEvents.encounterCoded(tenant, "enc-" + UUID.randomUUID(),
                line("99213", 1), line("93000", 2)));

        List<TopicProbe.Received> events = claims.await(ClaimTopic.ofTenant(tenant), 2, TIMEOUT,
                Duration.ofSeconds(2));
        assertThat(ClaimTopic.types(events)).containsExactly("ClaimCreated", "ClaimSubmitted");
        ClaimCreated created = ClaimTopic.read(events.get(0), ClaimCreated.class);
        assertThat(created.totalCharge()).isEqualTo(new BigDecimal("250.00"));
        assertThat(created.lines()).extracting(ClaimLine::procedureCode, ClaimLine::units, ClaimLine::charge)
                .containsExactly(tuple("99213", 1, new BigDecimal("125.00")),
                        tuple("93000", 2, new BigDecimal("125.00")));
        assertThat(created.billingProviderNpi()).isEqualTo(Tenants.BILLING_NPI);
        assertThat(created.renderingProviderNpi()).isEqualTo(InboundEvents.RENDERING_NPI);
        assertThat(events).allSatisfy(event -> {
            assertThat(event.key()).isEqualTo(created.claimId());
            assertThat(event.header(CloudEventHeaders.SOURCE)).isEqualTo("/openrcm/claims-service");
        });
        ClaimSubmitted submitted = ClaimTopic.read(events.get(1), ClaimSubmitted.class);
        assertThat(submitted.totalCharge()).isEqualTo(new BigDecimal("250.00"));
        assertThat(submitted.frequencyCode()).isEqualTo("1");
        assertThat(submitted.submissionId()).startsWith("S-");

        List<Path> sent = ClearinghouseDrop.outbound(tenant);
        assertThat(sent).singleElement().satisfies(file -> {
            assertThat(file.getFileName().toString()).isEqualTo(submitted.fileName());
            Claim837 claim = new Claim837Reader().read(Files.readAllBytes(file)).contents().get(0).claims().get(0);
            assertThat(claim.patientControlNumber()).isEqualTo(submitted.patientControlNumber());
            assertThat(claim.details().totalCharge()).isEqualByComparingTo("250.00");
            assertThat(claim.subscriber().memberId()).isEqualTo("XYZ123");
            assertThat(claim.serviceLines().get(1).charge()).isEqualByComparingTo("125.00");
        });
        JsonPath claim = given().header("X-Tenant-Id", tenant).get("/claims/" + created.claimId())
                .then().statusCode(200).extract().jsonPath();
        assertThat(claim.getString("status")).isEqualTo("SUBMITTED");
        assertThat(claim.getString("submissionId")).isEqualTo(submitted.submissionId());
        assertThat(claim.getString("totalCharge")).isEqualTo("250.00");
        assertThat(claim.getList("history.status")).containsExactly("READY", "SUBMITTING", "SUBMITTED");
    }

    @Test
    void procedureWithoutFeeFailsScrubbingAndIsNeverSubmitted() {
        String tenant = Tenants.billing("99213", "125.00");

        InboundEvents.publish(claims, InboundEvents.encounterCoded(tenant, "enc-" + UUID.randomUUID(),
                line("99213", 1), line("93000", 1)));

        List<TopicProbe.Received> events = claims.await(ClaimTopic.ofTenant(tenant), 2, TIMEOUT,
                Duration.ofSeconds(3));
        assertThat(ClaimTopic.types(events)).containsExactly("ClaimCreated", "ClaimScrubFailed");
        ClaimCreated created = ClaimTopic.read(events.get(0), ClaimCreated.class);
        assertThat(created.lines()).extracting(ClaimLine::charge)
                .containsExactly(new BigDecimal("125.00"), new BigDecimal("0.00"));
        assertThat(created.totalCharge()).isEqualTo(new BigDecimal("125.00"));
        assertThat(ClaimTopic.read(events.get(1), ClaimScrubFailed.class).issues())
                .extracting(ValidationIssue::code, ValidationIssue::field)
                .containsExactly(tuple("NO_FEE_SCHEDULE_ENTRY",
                        "lines[1].procedureCode"));
        assertThat(ClearinghouseDrop.outbound(tenant)).isEmpty();

        JsonPath queue = given().header("X-Tenant-Id", tenant).queryParam("status", "SCRUB_FAILED").get("/claims")
                .then().statusCode(200).extract().jsonPath();
        assertThat(queue.getList("claimId")).containsExactly(created.claimId());
        assertThat(queue.getList("[0].issues.code")).containsExactly("NO_FEE_SCHEDULE_ENTRY");
    }

    @Test
    void practiceWithoutBillingProfileHasItsClaimsHeldWithTheRenderingProviderAsBiller() {
        String tenant = Tenants.register();
        Tenants.feeSchedule(tenant, "99213", "125.00");

        InboundEvents.publish(claims, InboundEvents.encounterCoded(tenant, "enc-" + UUID.randomUUID(),
                line("99213", 1)));

        List<TopicProbe.Received> events = claims.await(ClaimTopic.ofTenant(tenant), 2, TIMEOUT,
                Duration.ofSeconds(2));
        assertThat(ClaimTopic.types(events)).containsExactly("ClaimCreated", "ClaimScrubFailed");
        assertThat(ClaimTopic.read(events.get(0), ClaimCreated.class).billingProviderNpi())
                .isEqualTo(InboundEvents.RENDERING_NPI);
        assertThat(ClaimTopic.read(events.get(1), ClaimScrubFailed.class).issues())
                .extracting(ValidationIssue::code).containsExactly("NO_BILLING_PROFILE");
    }

    @Test
    void anEncounterWithMoreLinesThanAClaimCarriesIsHeldAndAnnouncedOnlyAsScrubFailed() {
        String tenant = Tenants.billing("99213", "125.00");
        ProcedureLine[] fiftyOne = new ProcedureLine[51];
        Arrays.fill(fiftyOne, line("99213", 1));

        InboundEvents.publish(claims, InboundEvents.encounterCoded(tenant, "enc-" + UUID.randomUUID(), fiftyOne));

        List<TopicProbe.Received> events = claims.await(ClaimTopic.ofTenant(tenant), 1, TIMEOUT,
                Duration.ofSeconds(2));
        assertThat(ClaimTopic.types(events)).containsExactly("ClaimScrubFailed");
        assertThat(ClaimTopic.read(events.get(0), ClaimScrubFailed.class).issues())
                .extracting(ValidationIssue::code).containsExactly("TOO_MANY_LINES");
        given().header("X-Tenant-Id", tenant).get("/claims").then().statusCode(200)
                .body("[0].status", equalTo("SCRUB_FAILED")).body("[0].lines.size()", equalTo(51))
                .body("[0].totalCharge", equalTo("6375.00"));
    }

    @Test
    void redeliveredEncounterCodedCreatesOneClaimAndAnEncounterCodedAgainNoOther() {
        String tenant = Tenants.billing("99213", "125.00");
        EncounterCoded coded = InboundEvents.encounterCoded(tenant, "enc-" + UUID.randomUUID(), line("99213", 1));
        UUID eventId = UUID.randomUUID();

        InboundEvents.publish(claims, coded, eventId);
        InboundEvents.publish(claims, coded, eventId);
        InboundEvents.publish(claims, coded);

        List<TopicProbe.Received> events = claims.await(ClaimTopic.ofTenant(tenant), 2, TIMEOUT,
                Duration.ofSeconds(4));
        assertThat(ClaimTopic.types(events)).containsExactly("ClaimCreated", "ClaimSubmitted");
        given().header("X-Tenant-Id", tenant).get("/claims").then().statusCode(200)
                .body("size()", equalTo(1));
    }

    @Test
    void otherEncounterEventsAreSkipped() {
        String tenant = Tenants.billing("99213", "125.00");
        String encounterId = "enc-" + UUID.randomUUID();
        EncounterCoded coded = InboundEvents.encounterCoded(tenant, encounterId, line("99213", 1));
        String skipped = Metrics.skipped(EncounterEventsConsumer.CONSUMER, EventCatalog.ENCOUNTER_RECEIVED.ceType());
        double before = Metrics.value(skipped);

        InboundEvents.publish(claims, new EncounterReceived(tenant, encounterId, "V-1", "P-100",
                InboundEvents.RENDERING_NPI, coded.dateOfService(), "11", coded.codedAt()));
        InboundEvents.publish(claims, coded);

        // Same key, same partition: once the claim of the later EncounterCoded exists, the earlier event was passed.
        List<TopicProbe.Received> events = claims.await(ClaimTopic.ofTenant(tenant), 2, TIMEOUT,
                Duration.ofSeconds(1));
        assertThat(ClaimTopic.types(events)).containsExactly("ClaimCreated", "ClaimSubmitted");
        assertThat(Metrics.value(skipped)).isGreaterThan(before);
        assertThat(deadLetters.await(record -> encounterId.equals(record.key()), 1, Duration.ofSeconds(1),
                Duration.ZERO)).isEmpty();
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicWithTheReasonAndTheNextRecordIsProcessed() {
        String tenant = Tenants.billing("99213", "125.00");
        String key = "enc-" + UUID.randomUUID();
        EncounterCoded coded = InboundEvents.encounterCoded(tenant, key, line("99213", 1));
        Map<String, String> headers = InboundEvents.headers(coded, UUID.randomUUID());
        Map<String, String> withoutId = new LinkedHashMap<>(headers);
        withoutId.remove(CloudEventHeaders.ID);

        claims.send(Topics.ENCOUNTERS.name(), key, InboundEvents.headers(coded, UUID.randomUUID()), "{not json");
        claims.send(Topics.ENCOUNTERS.name(), key, InboundEvents.headers(coded, UUID.randomUUID()),
                InboundEvents.json(coded).replace("\"placeOfService\":\"11\"", "\"placeOfService\":\"office\""));
        claims.send(Topics.ENCOUNTERS.name(), key, withoutId, InboundEvents.json(coded));
        InboundEvents.publish(claims, coded);

        List<TopicProbe.Received> dead = deadLetters.await(record -> key.equals(record.key()), 3, TIMEOUT,
                Duration.ofSeconds(1));
        assertThat(dead).extracting(record -> record.header("dead-letter-reason")).satisfiesExactly(
                reason -> assertThat(reason).contains("not valid JSON"),
                reason -> assertThat(reason).contains("breaks the schema").contains("placeOfService"),
                reason -> assertThat(reason).contains("lacks the CloudEvents header ce_id"));
        List<TopicProbe.Received> events = claims.await(ClaimTopic.ofTenant(tenant), 2, TIMEOUT, Duration.ZERO);
        assertThat(ClaimTopic.types(events)).containsExactly("ClaimCreated", "ClaimSubmitted");
    }
}
