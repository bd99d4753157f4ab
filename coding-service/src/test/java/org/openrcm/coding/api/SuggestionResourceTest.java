package org.openrcm.coding.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class SuggestionResourceTest {

    private static final String NOTE = "63yo F with T2DM and HTN. Denies chest pain. Mother had breast cancer.\n"
            + "A/P: Type 2 diabetes with hyperglycemia - increase metformin. Hypertension stable on amlodipine.";

    private String tenant;

    @BeforeEach
    void registerTenant() {
        tenant = "practice-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON).body("{\"name\":\"Sunrise Family Medicine\"}")
                .put("/admin/tenants/" + tenant).then().statusCode(201);
    }

    @Test
    void suggestsTheAssessedCodesWithTheSpansThatSupportThem() {
        List<Map<String, Object>> suggestions = given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON)
                .body(Map.of("note", NOTE, "dateOfService", "2026-11-02", "ageYears", 63, "sex", "F"))
                .post("/coding/suggestions")
                .then().statusCode(200).contentType(ContentType.JSON).extract().path("suggestions");

        assertThat(suggestions).extracting(s -> s.get("code")).containsExactlyInAnyOrder("E11.65", "I10");
        assertThat(suggestions).allSatisfy(suggestion -> {
            assertThat(((Number) suggestion.get("confidence")).doubleValue()).isBetween(0.6, 1.0);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> evidence = (List<Map<String, Object>>) suggestion.get("evidence");
            assertThat(evidence).isNotEmpty().allSatisfy(span -> assertThat(span.get("text"))
                    .isEqualTo(NOTE.substring((Integer) span.get("start"), (Integer) span.get("end"))));
        });
        assertThat(suggestions.get(0).get("description")).isNotNull();
    }

    @Test
    void aNoteWithOnlyDeniedAndFamilyMentionsGetsNoSuggestion() {
        given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON)
                .body(Map.of("note", "No fever, denies cough. Father had a stroke. History of kidney stones."))
                .post("/coding/suggestions")
                .then().statusCode(200).body("suggestions.size()", equalTo(0));
    }

    @Test
    void missingNoteIs400NamingTheField() {
        given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON).body("{\"ageYears\": 40}")
                .post("/coding/suggestions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("note"));
    }

    @Test
    void badSexAndAgeAreEach400() {
        given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON)
                .body(Map.of("note", "HTN", "sex", "X", "ageYears", -1)).post("/coding/suggestions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("sex")).body("violations.field", hasItem("ageYears"));
    }

    @Test
    void aNoteOverTheLimitIs413Problem() {
        given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON)
                .body(Map.of("note", "Hypertension. ".repeat(5000))).post("/coding/suggestions")
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
    }

    @Test
    void unknownTenantIs404AndMissingTenantIs400() {
        given().header("X-Tenant-Id", "no-such-practice").contentType(ContentType.JSON)
                .body(Map.of("note", "HTN")).post("/coding/suggestions")
                .then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("note", "HTN")).post("/coding/suggestions")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
