package org.openrcm.coding.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openrcm.coding.Tenants;
import org.openrcm.deploy.infra.TopicProbe;
import org.openrcm.events.CloudEventHeaders;
import org.openrcm.events.EventCatalog;
import org.openrcm.events.EventJson;
import org.openrcm.events.Topics;
import org.openrcm.events.coding.EncounterCoded;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class EncounterResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private String tenant;
    private TopicProbe encounters;

    @BeforeEach
    void registerTenant() {
        tenant = Tenants.register("Sunrise Family Medicine");
        encounters = new TopicProbe(bootstrapServers, Topics.ENCOUNTERS.name());
    }

    @AfterEach
    void closeProbe() {
        encounters.close();
    }

    @Test
    void codedEncounterIsAnnouncedOnceAsReceivedAndCoded() throws Exception {
        String encounterId = given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON)
                .body(EncounterJson.encounter("V-1")).post("/encounters")
                .then().statusCode(201).header("Location", startsWith("http"))
                .body("status", equalTo("CODED")).extract().path("encounterId");

        List<TopicProbe.Received> events = encounters.await(r -> tenant.equals(r.header(CloudEventHeaders.TENANT_ID)),
                2, Duration.ofSeconds(30), Duration.ofSeconds(1));

        assertThat(events).extracting(r -> r.header(CloudEventHeaders.TYPE)).containsExactly(
                EventCatalog.ENCOUNTER_RECEIVED.ceType(), EventCatalog.ENCOUNTER_CODED.ceType());
        assertThat(events).allSatisfy(event -> {
            assertThat(event.key()).isEqualTo(encounterId);
            assertThat(event.header(CloudEventHeaders.SUBJECT)).isEqualTo(encounterId);
            assertThat(event.header(CloudEventHeaders.SOURCE)).isEqualTo("/openrcm/coding-service");
            assertThat(event.header(CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
            assertThat(event.header(CloudEventHeaders.ID)).isNotBlank();
        });
        EncounterCoded coded = EventJson.mapper().readValue(events.get(1).value(), EncounterCoded.class);
        assertThat(coded.tenantId()).isEqualTo(tenant);
        assertThat(coded.procedures()).singleElement().satisfies(line -> {
            assertThat(line.code()).isEqualTo("99213");
            assertThat(line.diagnosisPointers()).containsExactly(1, 2);
        });
        assertThat(coded.patient().address().postalCode()).isEqualTo("62701");
    }

    @Test
    void repeatedVisitReturnsTheEncounterAlreadyTakenInAndAnnouncesNothingAgain() {
        String first = given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON)
                .body(EncounterJson.encounter("V-7")).post("/encounters")
                .then().statusCode(201).extract().path("encounterId");
        String second = given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON)
                .body(EncounterJson.encounter("V-7")).post("/encounters")
                .then().statusCode(200).extract().path("encounterId");

        assertThat(second).isEqualTo(first);
        assertThat(encounters.await(r -> tenant.equals(r.header(CloudEventHeaders.TENANT_ID)), 2,
                Duration.ofSeconds(30), Duration.ofSeconds(2))).hasSize(2);
    }

    @Test
    void encounterFailingCodingEditsIs422AndStoresNothing() {
        given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON)
                .body(EncounterJson.encounter("V-2").replace("1234567893", "1234567890")).post("/encounters")
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations.field", hasItem("renderingProvider.npi"));

        given().header("X-Tenant-Id", tenant).get("/encounters").then().statusCode(200).body("size()", equalTo(0));
        assertThat(encounters.await(r -> tenant.equals(r.header(CloudEventHeaders.TENANT_ID)), 1,
                Duration.ofSeconds(2), Duration.ZERO)).isEmpty();
    }

    @Test
    void missingAndMalformedFieldsAreEachNamed() {
        String body = EncounterJson.encounter("V-3", "9921", "E11.9").replace("\"lastName\":\"Lee\",", "");
        given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON).body(body).post("/encounters")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("patient.lastName"))
                .body("violations.field", hasItem("diagnoses[0]"))
                .body("violations.field", hasItem("procedures[0].code"));
    }

    @Test
    void malformedJsonIs400WithWhereItBroke() {
        given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON).body("{\"externalId\": \"V-4\",")
                .post("/encounters")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://openrcm.org/problems/malformed-json"));
    }

    @Test
    void wrongTypeOfAFieldIs400NamingTheField() {
        given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON)
                .body(EncounterJson.encounter("V-5").replace("\"units\":1", "\"units\":\"many\"")).post("/encounters")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("procedures[0].units"));
    }

    @Test
    void outOfRangeQueryParameterIsNamed() {
        given().header("X-Tenant-Id", tenant).get("/encounters?size=0")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("size"));
    }

    @Test
    void aPageSoLargeItsOffsetWouldOverflowIs400NotA500() {
        given().header("X-Tenant-Id", tenant).get("/encounters?page=2147483647&size=500")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("page"));
    }

    @Test
    void unknownTenantIs404AndMissingTenantIs400() {
        given().header("X-Tenant-Id", "no-such-practice").contentType(ContentType.JSON)
                .body(EncounterJson.encounter("V-6")).post("/encounters")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://openrcm.org/problems/unknown-tenant"));
        given().contentType(ContentType.JSON).body(EncounterJson.encounter("V-6")).post("/encounters")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("X-Tenant-Id"));
    }

    @Test
    void anotherTenantsEncounterIsInvisible() {
        String encounterId = given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON)
                .body(EncounterJson.encounter("V-8")).post("/encounters").then().statusCode(201)
                .extract().path("encounterId");
        String other = Tenants.register("Lakeside Cardiology");

        given().header("X-Tenant-Id", tenant).get("/encounters/" + encounterId).then().statusCode(200);
        given().header("X-Tenant-Id", other).get("/encounters/" + encounterId).then().statusCode(404)
                .contentType("application/problem+json");
        given().header("X-Tenant-Id", other).get("/encounters").then().statusCode(200).body("size()", equalTo(0));
    }
}
