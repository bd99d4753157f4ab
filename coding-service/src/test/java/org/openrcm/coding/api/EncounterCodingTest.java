package org.openrcm.coding.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openrcm.coding.fhir.FhirBundles;
import org.openrcm.coding.Tenants;
import org.openrcm.deploy.infra.TopicProbe;
import org.openrcm.events.CloudEventHeaders;
import org.openrcm.events.EventCatalog;
import org.openrcm.events.EventJson;
import org.openrcm.events.Topics;
import org.openrcm.events.coding.CodingReviewRequired;
import org.openrcm.events.coding.EncounterCoded;
import org.openrcm.events.common.ValidationIssue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Intake with the coding edits: coded or sent to review, the coder's correction, documentation, FHIR, conflicts. */
@QuarkusTest
class EncounterCodingTest {

    private static final String VISIT_99214 = "[{\"code\":\"99214\",\"units\":1,\"diagnosisPointers\":[1]}]";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private String tenant;
    private TopicProbe encounters;

    @BeforeEach
    void registerTenant() {
        tenant = Tenants.register("Maple Street Clinic");
        encounters = new TopicProbe(bootstrapServers, Topics.ENCOUNTERS.name());
    }

    @AfterEach
    void closeProbe() {
        encounters.close();
    }

    @Test
    void anEncounterFailingAnEditWaitsForACoderAndIsAnnouncedForReview() throws Exception {
        String encounterId = post(EncounterJson.encounter("V-R1", "99213", "M545")).then().statusCode(201)
                .body("status", equalTo("REVIEW_REQUIRED")).body("codedAt", equalTo(null))
                .body("edits.editId", hasItem("ICD-BILLABLE")).extract().path("encounterId");

        List<TopicProbe.Received> events = events(2);
        assertThat(events).extracting(r -> r.header(CloudEventHeaders.TYPE)).containsExactly(
                EventCatalog.ENCOUNTER_RECEIVED.ceType(), EventCatalog.CODING_REVIEW_REQUIRED.ceType());
        CodingReviewRequired review = EventJson.mapper().readValue(events.get(1).value(), CodingReviewRequired.class);
        assertThat(review.encounterId()).isEqualTo(encounterId);
        assertThat(review.issues()).extracting(ValidationIssue::code).containsExactly("ICD-BILLABLE");
        assertThat(review.issues().get(0).message()).contains("M54.5");
        given().header("X-Tenant-Id", tenant).get("/encounters?status=REVIEW_REQUIRED").then().statusCode(200)
                .body("encounterId", hasItem(encounterId));
    }

    @Test
    void aCodersCorrectionThatPassesFinalizesTheEncounterAndIsRecorded() throws Exception {
        String encounterId = post(EncounterJson.encounter("V-R2", "99213", "M545")).then().statusCode(201)
                .extract().path("encounterId");

        given().header("X-Tenant-Id", tenant).header("X-User-Id", "coder-kim").contentType(ContentType.JSON)
                .body("{\"diagnoses\":[\"M5450\",\"I10\"],\"procedures\":[{\"code\":\"99213\",\"units\":1,"
                        + "\"diagnosisPointers\":[1,2]}]}")
                .put("/encounters/" + encounterId + "/codes").then().statusCode(200)
                .body("status", equalTo("CODED")).body("diagnoses", equalTo(List.of("M5450", "I10")));

        List<TopicProbe.Received> events = events(3);
        assertThat(events.get(2).header(CloudEventHeaders.TYPE)).isEqualTo(EventCatalog.ENCOUNTER_CODED.ceType());
        EncounterCoded coded = EventJson.mapper().readValue(events.get(2).value(), EncounterCoded.class);
        assertThat(coded.diagnoses().get(0).code()).isEqualTo("M5450");
        given().header("X-Tenant-Id", tenant).get("/encounters/" + encounterId + "/corrections").then()
                .statusCode(200).body("size()", equalTo(1)).body("[0].userId", equalTo("coder-kim"))
                .body("[0].before.diagnoses[0]", equalTo("M545")).body("[0].after.diagnoses[0]", equalTo("M5450"))
                .body("[0].finalized", equalTo(true));

        given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON)
                .body("{\"diagnoses\":[\"E119\"],\"procedures\":[{\"code\":\"99213\",\"units\":1,"
                        + "\"diagnosisPointers\":[1]}]}")
                .put("/encounters/" + encounterId + "/codes").then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void aCorrectionThatStillFailsStaysInReviewAndIsRecordedForAnUnknownUser() {
        String encounterId = post(EncounterJson.encounter("V-R3", "99213", "R05")).then().statusCode(201)
                .extract().path("encounterId");

        given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON)
                .body("{\"diagnoses\":[\"E11\"],\"procedures\":[{\"code\":\"99213\",\"units\":1,"
                        + "\"diagnosisPointers\":[1]}]}")
                .put("/encounters/" + encounterId + "/codes").then().statusCode(200)
                .body("status", equalTo("REVIEW_REQUIRED")).body("edits.editId", hasItem("ICD-BILLABLE"));
        given().header("X-Tenant-Id", tenant).get("/encounters/" + encounterId + "/corrections").then()
                .statusCode(200).body("[0].userId", equalTo("unknown")).body("[0].finalized", equalTo(false));
        assertThat(events(2)).extracting(r -> r.header(CloudEventHeaders.TYPE))
                .doesNotContain(EventCatalog.ENCOUNTER_CODED.ceType());
    }

    @Test
    void aSuperbillLevelTheDocumentedTimeDoesNotSupportGoesToReview() {
        post(EncounterJson.encounter("V-E1", "[\"I10\"]", VISIT_99214,
                "{\"visitType\":\"ESTABLISHED_PATIENT_OFFICE\",\"totalMinutes\":22,\"note\":\"BP recheck.\"}"))
                .then().statusCode(201).body("status", equalTo("REVIEW_REQUIRED"))
                .body("edits.editId", hasItem("EM-LEVEL")).body("hasNote", equalTo(true))
                .body("documentation.totalMinutes", equalTo(22));
        post(EncounterJson.encounter("V-E2", "[\"I10\"]", VISIT_99214,
                "{\"visitType\":\"ESTABLISHED_PATIENT_OFFICE\",\"totalMinutes\":12,\"medicalDecisionMaking\":\"MODERATE\"}"))
                .then().statusCode(201).body("status", equalTo("CODED"));
    }

    @Test
    void aNoteWithoutSuperbillDiagnosesIsCodedFromTheNoteWhenTheSuggesterIsSure() {
        post(EncounterJson.encounter("V-C1", null, VISIT_99214.replace("[1]", "[1,2]"),
                "{\"visitType\":\"ESTABLISHED_PATIENT_OFFICE\",\"totalMinutes\":32,"
                        + "\"note\":\"Assessment: Type 2 diabetes mellitus with hyperglycemia. Essential hypertension,"
                        + " controlled. Denies chest pain.\"}"))
                .then().statusCode(201).body("status", equalTo("CODED"))
                .body("diagnoses", hasItems("E1165", "I10"));
    }

    @Test
    void aSuperbillDiagnosisTheNoteDoesNotSupportGoesToACoder() throws Exception {
        post(EncounterJson.encounter("V-C2", "[\"J449\"]", VISIT_99214,
                "{\"visitType\":\"ESTABLISHED_PATIENT_OFFICE\",\"totalMinutes\":32,"
                        + "\"note\":\"Assessment: Essential hypertension, controlled.\"}"))
                .then().statusCode(201).body("status", equalTo("REVIEW_REQUIRED")).body("edits", hasSize(0));
        CodingReviewRequired review = EventJson.mapper().readValue(events(2).get(1).value(),
                CodingReviewRequired.class);
        assertThat(review.issues()).extracting(ValidationIssue::code).containsExactly("CAC-CONFIDENCE");
        post(EncounterJson.encounter("V-C3", "[\"I10\"]", VISIT_99214,
                "{\"visitType\":\"ESTABLISHED_PATIENT_OFFICE\",\"totalMinutes\":32,"
                        + "\"note\":\"Assessment: Essential hypertension, controlled.\"}"))
                .then().statusCode(201).body("status", equalTo("CODED"));
    }

    @Test
    void aNoteWithoutCodesWaitsForACoderAndNeitherIs400() {
        post(EncounterJson.encounter("V-N1", null, null, "{\"note\":\"Cough for three days, no fever.\"}"))
                .then().statusCode(201).body("status", equalTo("REVIEW_REQUIRED"))
                .body("edits.editId", hasItem("CODES-REQUIRED"));
        post(EncounterJson.encounter("V-N2", null, null, null)).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("diagnoses"));
    }

    @Test
    void aNoteOfMegabytesIs400NamingTheNote() {
        String note = "Patient reports intermittent cough. ".repeat(90_000);
        post(EncounterJson.encounter("V-N3", "[\"R051\"]", "[{\"code\":\"99213\",\"units\":1,\"diagnosisPointers\":[1]}]",
                "{\"note\":\"" + note + "\"}")).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("documentation.note"));
    }

    @Test
    void theSameExternalIdWithOtherContentIs409ListingTheDifferences() {
        post(EncounterJson.encounter("V-C1")).then().statusCode(201);
        post(EncounterJson.encounter("V-C1")).then().statusCode(200);

        post(EncounterJson.encounter("V-C1", "99214", "J069")).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://openrcm.org/problems/encounter-conflict"))
                .body("violations.field", hasItems("diagnoses[0].code", "procedures[0].code"));
    }

    @Test
    void aRenderingProviderWithoutAFirstNameIsCodedAndItsEventKeepsToTheContract() throws Exception {
        post(EncounterJson.encounter("V-O1").replace("\"firstName\":\"Sam\",", "").replace("Osler", "Lakeside Clinic"))
                .then().statusCode(201).body("status", equalTo("CODED"));

        EncounterCoded coded = EventJson.mapper().readValue(events(2).get(1).value(), EncounterCoded.class);
        assertThat(coded.renderingProvider().firstName()).isNull();
        assertThat(coded.renderingProvider().lastName()).isEqualTo("Lakeside Clinic");
    }

    @Test
    void anInvalidStatusFilterIs400NotA404() {
        given().header("X-Tenant-Id", tenant).get("/encounters?status=FINISHED").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("status"));
    }

    @Test
    void aFhirBundleIsTakenInLikeTheJsonRequest() {
        given().header("X-Tenant-Id", tenant).contentType("application/fhir+json")
                .body(FhirBundles.visit("V-F1",
                        "Follow-up, 25 minutes. Assessment: type 2 diabetes mellitus without complications; essential"
                                + " hypertension.")).post("/encounters")
                .then().statusCode(201).body("status", equalTo("CODED")).body("externalId", equalTo("V-F1"))
                .body("diagnoses", equalTo(List.of("E119", "I10"))).body("hasNote", equalTo(true))
                .body("documentation.totalMinutes", equalTo(25));
    }

    @Test
    void aFhirBundleThatDoesNotParseIs400WithTheLocationAndOneLackingPartsNamesThem() {
        given().header("X-Tenant-Id", tenant).contentType("application/fhir+json")
                .body("{\"resourceType\":\"Bundle\",\"entry\":[{\"resource\":").post("/encounters")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://openrcm.org/problems/malformed-fhir"))
                .body("detail", containsString("line"));
        given().header("X-Tenant-Id", tenant).contentType("application/fhir+json")
                .body("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[]}").post("/encounters")
                .then().statusCode(400).body("violations.field", hasItems("externalId", "patient"));
    }

    @Test
    void thePracticesAutoCodingThresholdDefaultsAndCanBeChanged() {
        given().header("X-Tenant-Id", tenant).get("/admin/coding-settings").then().statusCode(200)
                .body("autoCodingThreshold", equalTo(0.85f));
        given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON).body("{\"autoCodingThreshold\":0.9}")
                .put("/admin/coding-settings").then().statusCode(200);
        given().header("X-Tenant-Id", tenant).get("/admin/coding-settings").then().statusCode(200)
                .body("autoCodingThreshold", equalTo(0.9f));
        given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON).body("{\"autoCodingThreshold\":1.5}")
                .put("/admin/coding-settings").then().statusCode(400)
                .body("violations.field", hasItem("autoCodingThreshold"));
    }

    private Response post(String body) {
        return given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON).body(body).post("/encounters");
    }

    private List<TopicProbe.Received> events(int count) {
        return encounters.await(r -> tenant.equals(r.header(CloudEventHeaders.TENANT_ID)), count,
                Duration.ofSeconds(30), Duration.ofSeconds(1));
    }
}
