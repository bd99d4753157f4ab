package org.openrcm.coding.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openrcm.coding.ClaimEvents;
import org.openrcm.coding.Tenants;
import org.openrcm.coding.api.EncounterJson;
import org.openrcm.deploy.infra.TopicProbe;
import org.openrcm.events.CloudEventHeaders;
import org.openrcm.events.EventCatalog;
import org.openrcm.events.EventJson;
import org.openrcm.events.RcmEvent;
import org.openrcm.events.Topics;
import org.openrcm.events.claims.ClaimRejected;
import org.openrcm.events.coding.EncounterCoded;
import org.openrcm.events.common.Adjustment;
import org.openrcm.events.payments.ClaimDenied;
import org.openrcm.events.payments.RemittanceCode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Claims coming back over the real broker: a denial or rejection for a coding reason reopens the coded encounter in
 * the queue once per event, and its finalization announces the next revision; other reasons leave it coded.
 */
@QuarkusTest
class ReopenOnCodingReturnTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private String tenant;
    private TopicProbe probe;

    @BeforeEach
    void setUp() {
        tenant = Tenants.register("Returned Claims Clinic");
        probe = new TopicProbe(bootstrapServers, Topics.ENCOUNTERS.name());
    }

    @AfterEach
    void closeProbe() {
        probe.close();
    }

    @Test
    void aCodingDenialReopensTheEncounterOnceEvenBeforeItsClaimIsKnownAndItsFinalizationIsTheNextRevision() throws Exception {
        String encounterId = codedEncounter("R-1");
        String claimId = UUID.randomUUID().toString();
        ClaimDenied denial = new ClaimDenied(tenant, claimId, "RA-1", "BCBS01", new BigDecimal("120.00"),
                List.of(new Adjustment("CO", "11", new BigDecimal("120.00"))), List.of("M76"), Instant.now(),
                List.of(new RemittanceCode(RemittanceCode.CARC, "11",
                        "The diagnosis is inconsistent with the procedure."),
                        new RemittanceCode(RemittanceCode.RARC, "M76", "Missing/incomplete/invalid diagnosis")));
        UUID eventId = UUID.randomUUID();
        publish(denial, eventId);
        publish(denial, eventId);
        // Claims and payments are consumed independently: the denial may well be seen before the claim it denies.
        ClaimEvents.claimCreated(probe, tenant, claimId, encounterId);

        awaitInQueue(encounterId);
        given().header("X-Tenant-Id", tenant).get("/coding/queue?reason=PAYER").then().statusCode(200)
                .body("[0].encounterId", equalTo(encounterId)).body("[0].revision", equalTo(2))
                .body("[0].reopenReason", containsString("CARC 11: The diagnosis is inconsistent"));
        given().header("X-Tenant-Id", tenant).header("X-User-Id", "coder-kim").contentType(ContentType.JSON)
                .body("{\"diagnoses\":[\"E119\",\"I10\"],\"procedures\":[{\"code\":\"99214\",\"units\":1,"
                        + "\"diagnosisPointers\":[1,2]}]}")
                .put("/encounters/" + encounterId + "/codes").then().statusCode(200).body("status", equalTo("CODED"));

        List<EncounterCoded> coded = codedEvents(encounterId, 2);
        assertThat(coded).extracting(EncounterCoded::revision).containsExactly(1, 2);
        assertThat(coded.get(1).procedures().get(0).code()).isEqualTo("99214");
        given().header("X-Tenant-Id", tenant).get("/coding/queue/" + encounterId).then()
                .body("actions.action", equalTo(List.of("REOPENED", "FINALIZED")))
                .body("actions[0].userId", equalTo("payer")).body("actions[0].statusBefore", equalTo("CODED"));
    }

    @Test
    void aCodingRejectionIsAcceptedAsIsWhileAnEligibilityRejectionLeavesTheEncounterCoded() throws Exception {
        String eligibility = codedEncounter("R-2");
        publish(new ClaimRejected(tenant, claimFor(eligibility), "S-1", "PAYER", "A3", "33",
                "Subscriber and subscriber id not found", Instant.now(), "ELIGIBILITY", "IL"), UUID.randomUUID());
        String coding = codedEncounter("R-3");
        publish(new ClaimRejected(tenant, claimFor(coding), "S-2", "PAYER", "A7", "255", "Diagnosis code",
                Instant.now(), null, null), UUID.randomUUID());

        awaitInQueue(coding);
        given().header("X-Tenant-Id", tenant).get("/encounters/" + eligibility).then()
                .body("status", equalTo("CODED"));
        given().header("X-Tenant-Id", tenant).header("X-User-Id", "coder-lee")
                .post("/coding/queue/" + coding + "/finalize").then().statusCode(200)
                .body("status", equalTo("CODED"));
        assertThat(codedEvents(coding, 2)).extracting(EncounterCoded::revision).containsExactly(1, 2);
    }

    private String codedEncounter(String externalId) {
        return given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON)
                .body(EncounterJson.encounter(externalId)).post("/encounters").then().statusCode(201)
                .body("status", equalTo("CODED")).extract().path("encounterId");
    }

    private String claimFor(String encounterId) {
        return ClaimEvents.claimCreated(probe, tenant, encounterId);
    }

    private void awaitInQueue(String encounterId) {
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> given().header("X-Tenant-Id", tenant)
                .get("/encounters/" + encounterId).then().body("status", equalTo("REVIEW_REQUIRED")));
    }

    private List<EncounterCoded> codedEvents(String encounterId, int expected) throws Exception {
        List<TopicProbe.Received> received = probe.await(record -> encounterId.equals(record.key())
                && EventCatalog.ENCOUNTER_CODED.ceType().equals(record.header(CloudEventHeaders.TYPE)), expected,
                Duration.ofSeconds(30), Duration.ofSeconds(1));
        List<EncounterCoded> coded = new ArrayList<>();
        for (TopicProbe.Received record : received) {
            coded.add(EventJson.mapper().readValue(record.value(), EncounterCoded.class));
        }
        return coded;
    }

    private void publish(RcmEvent event, UUID eventId) {
        ClaimEvents.publish(probe, event, eventId);
    }
}
