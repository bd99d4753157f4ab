package org.openrcm.claims.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;
import org.openrcm.claims.Tenants;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class FeeScheduleResourceTest {

    @Test
    void aScheduleIsReplacedWholeAndReadBackByCodeWithAmountsAsDecimalStrings() {
        String tenant = Tenants.register();
        put(tenant, "{\"entries\":[{\"procedureCode\":\"99213\",\"amount\":\"125.00\"},"
                + "{\"procedureCode\":\"93000\",\"amount\":\"45\"}]}").then().statusCode(200)
                .body("entries.procedureCode", contains("93000", "99213"))
                .body("entries.amount", contains("45.00", "125.00"));

        put(tenant, "{\"entries\":[{\"procedureCode\":\"99214\",\"amount\":\"180.5\"},"
                + "{\"procedureCode\":\"93000\",\"amount\":\"47.25\"}]}").then().statusCode(200);

        given().header("X-Tenant-Id", tenant).get("/fee-schedule").then().statusCode(200)
                .body("entries.procedureCode", contains("93000", "99214"))
                .body("entries.amount", contains("47.25", "180.50"));
    }

    @Test
    void eachInvalidEntryIsNamed() {
        String tenant = Tenants.register();
        put(tenant, "{\"entries\":[{\"procedureCode\":\"9921\",\"amount\":\"125.00\"},"
                + "{\"procedureCode\":\"99213\",\"amount\":\"0.00\"},"
                + "{\"procedureCode\":\"99214\",\"amount\":\"12.345\"},"
                + "{\"procedureCode\":\"99215\",\"amount\":\"-5.00\"},"
                + "{\"procedureCode\":\"G0439\"}]}").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("entries[0].procedureCode", "entries[1].amount",
                        "entries[2].amount", "entries[3].amount", "entries[4].amount"));
        put(tenant, "{\"entries\":[{\"procedureCode\":\"99213\",\"amount\":\"lots\"}]}").then().statusCode(400)
                .body("violations.field", hasItems("entries[0].amount"));
        put(tenant, "{}").then().statusCode(400).body("violations.field", hasItems("entries"));
        given().header("X-Tenant-Id", tenant).get("/fee-schedule").then().statusCode(200)
                .body("entries", empty());
    }

    @Test
    void aCodeListedTwiceIsNamed() {
        String tenant = Tenants.register();
        put(tenant, "{\"entries\":[{\"procedureCode\":\"99213\",\"amount\":\"125.00\"},"
                + "{\"procedureCode\":\"99213\",\"amount\":\"130.00\"}]}").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("entries[1].procedureCode"));
    }

    @Test
    void aTenantSeesOnlyItsOwnSchedule() {
        String tenant = Tenants.register();
        String other = Tenants.register();
        Tenants.feeSchedule(other, "99213", "125.00");

        given().header("X-Tenant-Id", tenant).get("/fee-schedule").then().statusCode(200)
                .body("entries", empty());
        given().header("X-Tenant-Id", other).get("/fee-schedule").then().statusCode(200)
                .body("entries.size()", equalTo(1));
    }

    private static Response put(String tenant, String body) {
        return given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON).body(body).put("/fee-schedule");
    }
}
