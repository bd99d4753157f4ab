package org.openrcm.coding.queue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openrcm.coding.Tenants;
import org.openrcm.coding.api.EncounterJson;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** The coder work queue over REST and PostgreSQL: listing and its filters, claims, provider queries, finalize. */
@QuarkusTest
class CodingQueueTest {

    private static final String PASSING_CODES = "{\"diagnoses\":[\"M5450\",\"I10\"],\"procedures\":[{\"code\":"
            + "\"99213\",\"units\":1,\"diagnosisPointers\":[1,2]}]}";

    private String tenant;

    @BeforeEach
    void registerTenant() {
        tenant = Tenants.register("Queue Street Clinic");
    }

    @Test
    void listsOnlyOpenEncountersOldestFirstWithTheirFailedEditsAndFilters() {
        String first = receive("Q-1", "M545");
        String second = receive("Q-2", "M545");
        String coded = given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON)
                .body(EncounterJson.encounter("Q-3")).post("/encounters").then().statusCode(201)
                .body("status", equalTo("CODED")).extract().path("encounterId");

        as(null).get("/coding/queue").then().statusCode(200).body("encounterId", contains(first, second))
                .body("encounterId", not(hasItem(coded))).body("[0].failedEdits", contains("ICD-BILLABLE"))
                .body("[0].ageSeconds", greaterThanOrEqualTo(0)).body("[0].revision", equalTo(1));
        as(null).get("/coding/queue?reason=ICD-BILLABLE&size=1&page=1").then().statusCode(200)
                .body("encounterId", contains(second));
        as(null).get("/coding/queue?reason=NCCI-PTP").then().statusCode(200).body("size()", equalTo(0));
        as(null).get("/coding/queue?olderThan=P1D").then().statusCode(200).body("size()", equalTo(0));
        as(null).get("/coding/queue?olderThan=PT0S").then().statusCode(200).body("size()", equalTo(2));
    }

    @Test
    void aBadFilterIs400NamingTheParameter() {
        as(null).get("/coding/queue?status=CODED").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("status"));
        as(null).get("/coding/queue?status=LOST").then().statusCode(400).body("violations.field", hasItem("status"));
        as(null).get("/coding/queue?reason=NOT-AN-EDIT").then().statusCode(400)
                .body("violations.field", hasItem("reason"));
        as(null).get("/coding/queue?olderThan=3days").then().statusCode(400)
                .body("violations.field", hasItem("olderThan"));
        as(null).get("/coding/queue?size=501").then().statusCode(400);
    }

    @Test
    void aSecondCoderGets409WhileAnotherHoldsTheEncounter() {
        String encounterId = receive("Q-4", "M545");

        as("coder-kim").post("/coding/queue/" + encounterId + "/claim").then().statusCode(200)
                .body("assignedTo", equalTo("coder-kim"));
        as("coder-kim").post("/coding/queue/" + encounterId + "/claim").then().statusCode(200);
        as("coder-lee").post("/coding/queue/" + encounterId + "/claim").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("coder-kim"));
        as("coder-lee").contentType(ContentType.JSON).body(PASSING_CODES)
                .put("/encounters/" + encounterId + "/codes").then().statusCode(409);
        as("coder-lee").post("/coding/queue/" + encounterId + "/finalize").then().statusCode(409);
        as("coder-kim").contentType(ContentType.JSON).body(PASSING_CODES)
                .put("/encounters/" + encounterId + "/codes").then().statusCode(200).body("status", equalTo("CODED"));
        as("coder-lee").post("/coding/queue/" + encounterId + "/claim").then().statusCode(409)
                .body("detail", containsString("CODED"));
    }

    @Test
    void aQueryToTheProviderLeavesTheQueueUntilAnswered() {
        String encounterId = receive("Q-5", "M545");
        as("coder-kim").post("/coding/queue/" + encounterId + "/claim").then().statusCode(200);

        as("coder-kim").contentType(ContentType.JSON).body("{\"text\":\"Which side is the back pain?\"}")
                .post("/coding/queue/" + encounterId + "/query").then().statusCode(200)
                .body("status", equalTo("QUERIED"));
        as(null).get("/coding/queue").then().body("encounterId", not(hasItem(encounterId)));
        as(null).get("/coding/queue?status=QUERIED").then().body("encounterId", contains(encounterId));
        as("coder-kim").post("/coding/queue/" + encounterId + "/finalize").then().statusCode(409);

        as("dr-osler").contentType(ContentType.JSON).body("{\"text\":\"Low back, both sides.\"}")
                .post("/coding/queue/" + encounterId + "/answer").then().statusCode(200)
                .body("status", equalTo("REVIEW_REQUIRED")).body("assignedTo", equalTo("coder-kim"));
        as("dr-osler").contentType(ContentType.JSON).body("{\"text\":\"Again.\"}")
                .post("/coding/queue/" + encounterId + "/answer").then().statusCode(409);
        as("coder-kim").contentType(ContentType.JSON).body("{\"text\":\" \"}")
                .post("/coding/queue/" + encounterId + "/query").then().statusCode(400);
    }

    @Test
    void finalizeReRunsEveryEditAndEveryActionIsRecordedWithBeforeAndAfter() {
        String encounterId = receive("Q-6", "M545");
        as("coder-kim").post("/coding/queue/" + encounterId + "/claim").then().statusCode(200);

        as("coder-kim").post("/coding/queue/" + encounterId + "/finalize").then().statusCode(200)
                .body("status", equalTo("REVIEW_REQUIRED")).body("edits.editId", hasItem("ICD-BILLABLE"));
        as("coder-kim").contentType(ContentType.JSON).body(PASSING_CODES)
                .put("/encounters/" + encounterId + "/codes").then().statusCode(200).body("status", equalTo("CODED"));

        as(null).get("/coding/queue/" + encounterId).then().statusCode(200)
                .body("note", equalTo("Low back pain for a week."))
                .body("encounter.status", equalTo("CODED")).body("assignedTo", equalTo(null))
                .body("actions.action", contains("CLAIMED", "CODES_CHANGED", "FINALIZED"))
                .body("actions.userId", contains("coder-kim", "coder-kim", "coder-kim"))
                .body("actions[1].detail", equalTo("failed: ICD-BILLABLE"))
                .body("actions[2].codesBefore.diagnoses[0]", equalTo("M545"))
                .body("actions[2].codesAfter.diagnoses[0]", equalTo("M5450"))
                .body("actions[2].statusBefore", equalTo("REVIEW_REQUIRED"))
                .body("actions[2].statusAfter", equalTo("CODED"));
        as(null).get("/coding/queue/00000000-0000-0000-0000-000000000000").then().statusCode(404);
    }

    private String receive(String externalId, String diagnosis) {
        return as(null).contentType(ContentType.JSON).body(EncounterJson.encounter(externalId, "[\"" + diagnosis
                + "\",\"I10\"]", "[{\"code\":\"99213\",\"units\":1,\"diagnosisPointers\":[1,2]}]",
                "{\"note\":\"Low back pain for a week.\"}")).post("/encounters").then().statusCode(201)
                .extract().path("encounterId");
    }

    private RequestSpecification as(String userId) {
        RequestSpecification request = given().header("X-Tenant-Id", tenant);
        return userId == null ? request : request.header("X-User-Id", userId);
    }
}
