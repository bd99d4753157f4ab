package org.openrcm.payments.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.openrcm.payments.RemittanceJson.paidClaim;
import static org.openrcm.payments.RemittanceJson.remittance;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openrcm.payments.PaymentsApi;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class RemittanceInputTest {

    private static final String VALID = remittance("EFT-IN", "160.00", paidClaim("clm-in"));

    private PaymentsApi api;

    @BeforeEach
    void registerTenant() {
        api = PaymentsApi.newTenant();
    }

    @Test
    void malformedJsonIs400WithWhereItBrokeAndStoresNothing() {
        api.postRemittance("{\"payerId\": \"BCBS01\",").statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://openrcm.org/problems/malformed-json"));
        api.claimPayments("UNMATCHED").statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void missingFieldsAreEachNamedByTheirPath() {
        String body = VALID.replace("\"payerId\":\"BCBS01\",", "").replace("\"paidAmount\":\"160.00\",", "")
                .replace("{\"groupCode\":\"PR\",", "{");

        api.postRemittance(body).statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("payerId", "claims[0].paidAmount",
                        "claims[0].adjustments[1].groupCode"));
    }

    @Test
    void amountSentAsAJsonNumberIs400NamingTheField() {
        api.postRemittance(VALID.replace("\"paidAmount\":\"160.00\"", "\"paidAmount\":160.00"))
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("claims[0].paidAmount"));
        api.postRemittance(VALID.replace("\"paymentAmount\":\"160.00\"", "\"paymentAmount\":160"))
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("paymentAmount"));
    }

    @Test
    void amountsWithoutTwoDecimalsAndCodesOutsideTheirListsAreEachNamed() {
        String body = VALID.replace("\"paymentAmount\":\"160.00\"", "\"paymentAmount\":\"160.5\"")
                .replace("\"amount\":\"50.00\"", "\"amount\":\"1,000.00\"")
                .replace("\"claimStatusCode\":\"1\"", "\"claimStatusCode\":\"5\"")
                .replace("\"groupCode\":\"CO\"", "\"groupCode\":\"XX\"")
                .replace("\"paymentMethod\":\"ACH\"", "\"paymentMethod\":\"CASH\"");

        api.postRemittance(body).statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("paymentAmount", "paymentMethod", "claims[0].claimStatusCode",
                        "claims[0].adjustments[0].groupCode", "claims[0].adjustments[0].amount"));
    }

    @Test
    void remittanceWithoutClaimsIs400() {
        api.postRemittance(remittance("EFT-IN", "0.00")).statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("claims"));
    }

    @Test
    void unknownStatusFilterIs400NamingTheParameter() {
        api.claimPayments("PAID").statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("status"));
    }

    @Test
    void pageSizeOutOfRangeIs400() {
        // The shared mapper names a query parameter's violation "body" for now (reported); the message is precise.
        given().header("X-Tenant-Id", api.tenant()).queryParam("size", 0).get("/claim-payments")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://openrcm.org/problems/validation"))
                .body("violations.message", hasItem(containsString("greater than or equal to 1")));
    }

    @Test
    void unknownTenantIs404AndMissingTenantIs400() {
        given().header("X-Tenant-Id", "no-such-practice").contentType(ContentType.JSON).body(VALID)
                .post("/remittances").then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://openrcm.org/problems/unknown-tenant"));
        given().contentType(ContentType.JSON).body(VALID).post("/remittances")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("X-Tenant-Id"));
    }
}
