package org.openrcm.payments;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** The payments-service REST calls the tests make, always as one tenant. */
public final class PaymentsApi {

    private final String tenant;

    private PaymentsApi(String tenant) {
        this.tenant = tenant;
    }

    /** Registers a new tenant (provider practice) with the service. */
    public static PaymentsApi newTenant() {
        String tenant = "practice-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON).body("{\"name\":\"Sunrise Family Medicine\"}")
                .put("/admin/tenants/" + tenant).then().statusCode(201);
        return new PaymentsApi(tenant);
    }

    public String tenant() {
        return tenant;
    }

    public ValidatableResponse postRemittance(String body) {
        return given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON).body(body).post("/remittances")
                .then();
    }

    /** Posts an 835 file as the clearinghouse API would. */
    public ValidatableResponse postX12(byte[] content, String fileName) {
        return given().header("X-Tenant-Id", tenant).header("X-File-Name", fileName).header("X-User-Id", "poster-1")
                .contentType("application/edi-x12").body(content).post("/remittances").then();
    }

    /** GET {@code path} as this tenant. */
    public ValidatableResponse get(String path) {
        return given().header("X-Tenant-Id", tenant).get(path).then();
    }

    /** POST a JSON body to {@code path} as this tenant and poster-1. */
    public ValidatableResponse post(String path, String json) {
        return given().header("X-Tenant-Id", tenant).header("X-User-Id", "poster-1").contentType(ContentType.JSON)
                .body(json).post(path).then();
    }

    public ValidatableResponse remittance(String remittanceId) {
        return given().header("X-Tenant-Id", tenant).get("/remittances/" + remittanceId).then();
    }

    public ValidatableResponse claimPayments(String status) {
        return given().header("X-Tenant-Id", tenant).queryParam("status", status).get("/claim-payments").then();
    }

    public ValidatableResponse ledger(String claimId) {
        return given().header("X-Tenant-Id", tenant).get("/claims/" + claimId + "/ledger").then();
    }

    /** Waits until the consumer has recorded the claim (its ledger exists). */
    public void awaitClaim(String claimId) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().header("X-Tenant-Id", tenant).get("/claims/" + claimId + "/ledger")
                        .statusCode() == 200);
    }

    /** How many redelivered claim events the consumer recognised and skipped so far (a Prometheus counter). */
    public static double inboundDuplicates() {
        return inboundDuplicates("payments-service.claims");
    }

    /** How many redelivered events {@code consumer} recognised and skipped so far. */
    public static double inboundDuplicates(String consumer) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines()
                .filter(line -> line.startsWith("rcm_inbound_duplicates_total{")
                        && line.contains("consumer=\"" + consumer + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    public static void awaitInboundDuplicates(double atLeast) {
        awaitInboundDuplicates("payments-service.claims", atLeast);
    }

    public static void awaitInboundDuplicates(String consumer, double atLeast) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> inboundDuplicates(consumer) >= atLeast);
    }
}
