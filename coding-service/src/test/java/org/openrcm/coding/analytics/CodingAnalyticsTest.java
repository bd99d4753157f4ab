package org.openrcm.coding.analytics;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.openrcm.coding.ClaimEvents;
import org.openrcm.coding.Tenants;
import org.openrcm.coding.api.EncounterJson;
import org.openrcm.deploy.infra.TopicProbe;
import org.openrcm.events.Topics;
import org.openrcm.events.common.Adjustment;
import org.openrcm.events.payments.ClaimDenied;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Analytics over a tenant's real encounters, queue actions and claim returns. */
@QuarkusTest
class CodingAnalyticsTest {

    private static final String VISIT = "[{\"code\":\"%s\",\"units\":1,\"diagnosisPointers\":[1,2]}]";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void summarisesCodingRoutingCodersAndPayerReturnsOfThePeriod() {
        String tenant = Tenants.register("Analytics Clinic");
        String first = receive(tenant, "A-1", "[\"E119\",\"I10\"]", "99213");
        receive(tenant, "A-2", "[\"I10\",\"E785\"]", "99214");
        String review = receive(tenant, "A-3", "[\"M545\",\"I10\"]", "99213");
        receive(tenant, "A-4", "[\"M545\",\"I10\"]", "99212");
        given().header("X-Tenant-Id", tenant).header("X-User-Id", "coder-kim").post("/coding/queue/" + review
                + "/claim").then().statusCode(200);
        given().header("X-Tenant-Id", tenant).header("X-User-Id", "coder-kim").contentType(ContentType.JSON)
                .body("{\"diagnoses\":[\"M5450\",\"I10\"],\"procedures\":" + VISIT.formatted("99213") + "}")
                .put("/encounters/" + review + "/codes").then().statusCode(200).body("status", equalTo("CODED"));
        try (TopicProbe probe = new TopicProbe(bootstrapServers, Topics.ENCOUNTERS.name())) {
            String claimId = ClaimEvents.claimCreated(probe, tenant, first);
            ClaimEvents.claimCreated(probe, tenant, review);
            ClaimEvents.publish(probe, new ClaimDenied(tenant, claimId, "RA-9", "BCBS01", new BigDecimal("90.00"),
                    List.of(new Adjustment("CO", "97", new BigDecimal("90.00"))), List.of(), Instant.now()),
                    UUID.randomUUID());
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String period = "/coding/analytics?from=" + today.minusDays(1) + "&to=" + today;
        // Each claim is consumed on its own partition: wait until both claims and the denial are in.
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> given().header("X-Tenant-Id", tenant)
                .get(period).then().body("claims", equalTo(2)).body("returns.size()", equalTo(1)));
        given().header("X-Tenant-Id", tenant).get("/encounters/" + first).then()
                .body("status", equalTo("REVIEW_REQUIRED"));
        given().header("X-Tenant-Id", tenant).get(period).then().statusCode(200)
                .body("encounters", equalTo(4)).body("autoCoded", equalTo(2)).body("autoCodingRate", equalTo(0.5f))
                .body("topDiagnoses[0].code", equalTo("I10")).body("topDiagnoses[0].count", equalTo(2))
                .body("topProcedures.code", contains("99213", "99214"))
                .body("emLevels.code", contains("99213", "99214"))
                .body("editFailures.code", contains("ICD-BILLABLE")).body("editFailures[0].count", equalTo(2))
                .body("coders.userId", contains("coder-kim")).body("coders[0].actions", equalTo(2))
                .body("coders[0].finalized", equalTo(1)).body("coders[0].codeChanges", equalTo(1))
                .body("coders[0].turnaround.medianMinutes", notNullValue())
                .body("claims", equalTo(2))
                .body("returns.codingReason", hasItem("BUNDLING")).body("returns[0].kind", equalTo("DENIAL"))
                .body("returns[0].count", equalTo(1)).body("returns[0].rate", equalTo(0.5f));
        given().header("X-Tenant-Id", tenant).get("/coding/analytics?from=" + today.plusDays(1) + "&to="
                + today.plusDays(2)).then().statusCode(200).body("encounters", equalTo(0))
                .body("autoCodingRate", equalTo(0)).body("coders.size()", equalTo(0));
    }

    @Test
    void aMissingOrBackwardPeriodIs400() {
        String tenant = Tenants.register("Analytics Clinic");
        given().header("X-Tenant-Id", tenant).get("/coding/analytics?to=2026-11-30").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("from"));
        given().header("X-Tenant-Id", tenant).get("/coding/analytics?from=2026-11-30&to=2026-11-01").then()
                .statusCode(400).body("violations.field", hasItem("to"));
        given().header("X-Tenant-Id", tenant).get("/coding/analytics?from=last-week&to=2026-11-01").then()
                .statusCode(400).body("violations.field", hasItem("from"));
    }

    private static String receive(String tenant, String externalId, String diagnoses, String procedure) {
        return given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON)
                .body(EncounterJson.encounter(externalId, diagnoses, VISIT.formatted(procedure), null))
                .post("/encounters").then().statusCode(201).extract().path("encounterId");
    }
}
