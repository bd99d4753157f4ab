package org.openrcm.patientbilling;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import org.awaitility.Awaitility;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** REST steps the tests share: onboarding a tenant, waiting for the consumers to update an account. */
public final class Accounts {

    private Accounts() {
    }

    /** A new tenant, registered with the service. */
    public static String newTenant() {
        String tenant = "practice-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON).body("{\"name\":\"Sunrise Family Medicine\"}")
                .put("/admin/tenants/" + tenant).then().statusCode(201);
        return tenant;
    }

    /** Waits until the patient's account exists and satisfies {@code condition}; returns it (GET /accounts/{id}). */
    public static JsonPath awaitAccount(String tenant, String patientId, Predicate<JsonPath> condition) {
        return Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> account(tenant, patientId), found -> found.filter(condition).isPresent()).orElseThrow();
    }

    public static JsonPath awaitBalance(String tenant, String patientId, String balance) {
        return awaitAccount(tenant, patientId, account -> balance.equals(account.getString("balance")));
    }

    public static Optional<JsonPath> account(String tenant, String patientId) {
        List<Map<String, Object>> accounts = given().header("X-Tenant-Id", tenant).queryParam("size", 500)
                .get("/accounts").then().statusCode(200).extract().jsonPath().getList("$");
        return accounts.stream().filter(account -> patientId.equals(account.get("patientId"))).findFirst()
                .map(account -> given().header("X-Tenant-Id", tenant).get("/accounts/" + account.get("accountId"))
                        .then().statusCode(200).extract().jsonPath());
    }

    public static JsonPath runStatements(String tenant) {
        return given().header("X-Tenant-Id", tenant).post("/statement-runs").then().statusCode(200)
                .contentType(ContentType.JSON).extract().jsonPath();
    }
}
