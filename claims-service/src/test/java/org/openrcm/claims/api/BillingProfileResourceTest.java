package org.openrcm.claims.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.openrcm.claims.Tenants;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class BillingProfileResourceTest {

    @Test
    void aProfileIsCreatedThenReplacedWholeAndReadBack() {
        String tenant = Tenants.register();
        put(tenant, Tenants.billingProfileJson("1245319599")).then().statusCode(201)
                .body("billingProviderNpi", equalTo("1245319599"));
        put(tenant, Tenants.billingProfileJson("1003000126").replace("1 Main St", "9 Oak Ave")).then()
                .statusCode(200);

        given().header("X-Tenant-Id", tenant).get("/billing-profile").then().statusCode(200)
                .body("billingProviderNpi", equalTo("1003000126"))
                .body("billingProviderName", equalTo("Sunrise Family Medicine"))
                .body("taxId", equalTo("123456789"))
                .body("address.line1", equalTo("9 Oak Ave")).body("address.line2", nullValue())
                .body("address.postalCode", equalTo("627011234"));
    }

    @Test
    void theX12PartiesAreKeptAndEachIsValidatedOnSave() {
        String tenant = Tenants.register();
        String full = Tenants.billingProfileJson("1245319599").strip();
        full = full.substring(0, full.length() - 1) + """
                ,"taxonomyCode":"207Q00000X",
                 "payToAddress":{"line1":"PO Box 12","city":"Springfield","state":"IL","postalCode":"62702"},
                 "submitter":{"id":"SUNRISE01","name":"Sunrise Billing","contactName":"Ann Lee","contactPhone":"2175550100"},
                 "receiver":{"id":"CLEARCO","name":"Clear Co"}}
                """;
        put(tenant, full).then().statusCode(201);
        given().header("X-Tenant-Id", tenant).get("/billing-profile").then().statusCode(200)
                .body("taxonomyCode", equalTo("207Q00000X")).body("payToAddress.postalCode", equalTo("62702"))
                .body("submitter.id", equalTo("SUNRISE01")).body("receiver.name", equalTo("Clear Co"));

        put(tenant, full.replace("207Q00000X", "207Q0000X").replace("SUNRISE01", "sunrise 01")
                .replace("2175550100", "555-0100").replace("CLEARCO", "")).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItems("taxonomyCode",
                        "submitter.id", "submitter.contactPhone", "receiver.id"));
        put(tenant, Tenants.billingProfileJson("1245319599").replace("627011234", "62701")).then().statusCode(400)
                .body("violations.field", hasItem("address.postalCode"));
    }

    @Test
    void aTenantWithoutProfileIs404AndAnotherTenantsProfileIsInvisible() {
        String tenant = Tenants.register();
        String other = Tenants.register();
        Tenants.billingProfile(other);

        given().header("X-Tenant-Id", tenant).get("/billing-profile").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anNpiFailingItsCheckDigitAndAMalformedTaxIdAreNamed() {
        String tenant = Tenants.register();
        put(tenant, Tenants.billingProfileJson("1245319590").replace("123456789", "12-3456789")).then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("billingProviderNpi", "taxId"));
        put(tenant, Tenants.billingProfileJson("1245319599").replace("\"IL\"", "\"Illinois\"")
                .replace("\"line1\":\"1 Main St\",", "")).then().statusCode(400)
                .body("violations.field", hasItems("address.state", "address.line1"));
        put(tenant, "{\"billingProviderName\":\"x\"}").then().statusCode(400)
                .body("violations.field", hasItems("billingProviderNpi", "taxId", "address"));
        given().header("X-Tenant-Id", tenant).get("/billing-profile").then().statusCode(404);
    }

    @Test
    void aRequestWithoutTenantIs400() {
        given().contentType(ContentType.JSON).body(Tenants.billingProfileJson("1245319599")).put("/billing-profile")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("X-Tenant-Id"));
    }

    private static Response put(String tenant, String body) {
        return given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON).body(body).put("/billing-profile");
    }
}
