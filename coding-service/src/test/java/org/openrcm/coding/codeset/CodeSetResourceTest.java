package org.openrcm.coding.codeset;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openrcm.coding.Tenants;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class CodeSetResourceTest {

    private String tenant;

    @BeforeEach
    void registerTenant() {
        tenant = Tenants.register("Code set practice");
    }

    @Test
    void releasesLiveSideBySideAndTheOneInForceOnTheDateOfServiceAnswers() {
        // Before fiscal year 2022 low back pain was the billable M54.5; the starter set (FY2026) has it as a header.
        String fy2016 = String.join("\n", CodeSetParsersTest.orderLine(1, "M545", true, "Low back pain"),
                CodeSetParsersTest.orderLine(2, "R05", true, "Cough"));
        importFile("icd10cm", "FY2016-" + suffix(), "2015-10-01", fy2016).then().statusCode(201)
                .body("rows", equalTo(2)).body("effectiveDate", equalTo("2015-10-01"));

        given().header("X-Tenant-Id", tenant).queryParam("q", "M545").queryParam("dateOfService", "2019-06-01")
                .get("/codesets/search").then().statusCode(200)
                .body("[0].code", equalTo("M545")).body("[0].billable", equalTo(true));
        given().header("X-Tenant-Id", tenant).queryParam("q", "M54.5").queryParam("dateOfService", "2026-11-20")
                .get("/codesets/search").then().statusCode(200)
                .body("[0].code", equalTo("M545")).body("[0].billable", equalTo(false))
                .body("code", hasItem("M5450"));
    }

    @Test
    void aBadLineIs400WithItsNumberAndNothingOfTheReleaseIsStored() {
        String name = "broken-" + suffix();
        String file = String.join("\n", CodeSetParsersTest.orderLine(1, "A000", true, "Cholera"),
                CodeSetParsersTest.orderLine(2, "A001", true, "Cholera, other"),
                "00003 A0!9    1 Not a code");

        importFile("icd10cm", name, "2014-10-01", file).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://openrcm.org/problems/malformed-code-set-file"))
                .body("violations[0].field", equalTo("line 3"));

        given().header("X-Tenant-Id", tenant).get("/admin/codesets/icd10cm/releases").then().statusCode(200)
                .body("name", not(hasItem(name)));
        given().header("X-Tenant-Id", tenant).queryParam("q", "A000").queryParam("dateOfService", "2015-01-01")
                .get("/codesets/search").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void aReleaseIsImportedOnceAndAnUnknownKindOrDateIs400() {
        String name = "ncci-" + suffix();
        String file = "Column 1\tColumn 2\n93000\t93010\t*\t19960101\t*\t0\tCPT Manual\n";
        importFile("ncci-ptp", name, "2010-01-01", file).then().statusCode(201);
        importFile("ncci-ptp", name, "2010-01-01", file).then().statusCode(409)
                .contentType("application/problem+json");
        importFile("icd9", "x", "2010-01-01", file).then().statusCode(400).body("violations.field", hasItem("kind"));
        importFile("mue", "x", "2010-13-01", file).then().statusCode(400)
                .body("violations.field", hasItem("effective"));
    }

    @Test
    void aPracticesCptFileIsVisibleToThatPracticeOnly() {
        importFile("cpt", "cpt-" + suffix(), "2025-01-01", "code,descriptor\n99499,\"Unlisted evaluation and"
                + " management service\"\n").then().statusCode(201).body("tenantOwned", equalTo(true));
        String other = Tenants.register("Other practice");

        given().header("X-Tenant-Id", tenant).queryParam("q", "unlisted evaluation")
                .queryParam("dateOfService", "2026-11-20").get("/codesets/search").then().statusCode(200)
                .body("code", hasItem("99499"));
        given().header("X-Tenant-Id", other).queryParam("q", "unlisted evaluation")
                .queryParam("dateOfService", "2026-11-20").get("/codesets/search").then().statusCode(200)
                .body("code", not(hasItem("99499")));
    }

    @Test
    void searchRanksCodePrefixMatchesFirstFindsWordsAndPagesWithoutRepeatingRows() {
        given().header("X-Tenant-Id", tenant).queryParam("q", "E11").queryParam("dateOfService", "2026-11-20")
                .get("/codesets/search").then().statusCode(200).body("[0].code", startsWith("E11"));
        given().header("X-Tenant-Id", tenant).queryParam("q", "diabetes nephropathy")
                .queryParam("dateOfService", "2026-11-20").get("/codesets/search").then().statusCode(200)
                .body("code", hasItem("E1121"));
        given().header("X-Tenant-Id", tenant).queryParam("q", "wellness").queryParam("dateOfService", "2026-11-20")
                .get("/codesets/search").then().statusCode(200).body("code", hasItem("G0439"));

        List<String> all = codes("pain", 0, 50);
        List<String> first = codes("pain", 0, 3);
        List<String> second = codes("pain", 1, 3);
        assertThat(all.size()).isGreaterThan(6);
        assertThat(first).doesNotContainAnyElementsOf(second);
        assertThat(all.subList(0, 6)).containsExactlyElementsOf(concat(first, second));
    }

    @Test
    void searchWithoutQueryOrWithABadDateOrPageIs400() {
        given().header("X-Tenant-Id", tenant).get("/codesets/search").then().statusCode(400)
                .body("violations.field", hasItem("q"));
        given().header("X-Tenant-Id", tenant).queryParam("q", "cough").queryParam("dateOfService", "yesterday")
                .get("/codesets/search").then().statusCode(400).body("violations.field", hasItem("dateOfService"));
        given().header("X-Tenant-Id", tenant).queryParam("q", "cough").queryParam("size", "501")
                .get("/codesets/search").then().statusCode(400).body("violations.field", hasItem("size"));
    }

    private List<String> codes(String query, int page, int size) {
        return given().header("X-Tenant-Id", tenant).queryParam("q", query).queryParam("dateOfService", "2026-11-20")
                .queryParam("page", page).queryParam("size", size).get("/codesets/search").then().statusCode(200)
                .extract().jsonPath().getList("code", String.class);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    private Response importFile(String kind, String release, String effective, String body) {
        return given().header("X-Tenant-Id", tenant).contentType(ContentType.TEXT).body(body)
                .queryParam("release", release).queryParam("effective", effective)
                .post("/admin/codesets/" + kind + "/releases");
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
