package org.openrcm.claims.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;
import org.openrcm.claims.Tenants;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class PayerConfigResourceTest {

    private static final String MEDICARE = """
            {"name":"Medicare Part B","claimFilingIndicator":"MB","requiresBillingTaxonomy":true,"route":"medicare",
             "timelyFilingDays":365,"paymentWindowDays":14}
            """;

    @Test
    void aPayerIsConfiguredReplacedListedAndRemovedWithinItsTenant() {
        String tenant = Tenants.register();
        String other = Tenants.register();

        put(tenant, "MCR01", MEDICARE).then().statusCode(201).body("route", equalTo("medicare"));
        put(tenant, "MCR01", MEDICARE.replace("14", "21")).then().statusCode(200);

        given().header("X-Tenant-Id", tenant).get("/payers/MCR01").then().statusCode(200)
                .body("claimFilingIndicator", equalTo("MB")).body("requiresBillingTaxonomy", equalTo(true))
                .body("paymentWindowDays", equalTo(21)).body("timelyFilingDays", equalTo(365));
        given().header("X-Tenant-Id", tenant).get("/payers").then().statusCode(200).body("payerId", contains("MCR01"));
        given().header("X-Tenant-Id", other).get("/payers/MCR01").then().statusCode(404)
                .contentType("application/problem+json");
        given().header("X-Tenant-Id", tenant).delete("/payers/MCR01").then().statusCode(204);
        given().header("X-Tenant-Id", tenant).delete("/payers/MCR01").then().statusCode(404);
    }

    @Test
    void eachBadFieldIsNamed() {
        String tenant = Tenants.register();
        put(tenant, "MCR01", """
                {"name":"","claimFilingIndicator":"XX","route":"../etc","timelyFilingDays":0}
                """).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("name", "claimFilingIndicator", "route", "timelyFilingDays",
                        "paymentWindowDays"));
        put(tenant, "bad id!", MEDICARE).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("payerId"));
    }

    private static Response put(String tenant, String payerId, String body) {
        return given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON).body(body)
                .put("/payers/" + payerId);
    }
}
