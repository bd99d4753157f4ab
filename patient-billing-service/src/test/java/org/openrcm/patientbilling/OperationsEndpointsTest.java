package org.openrcm.patientbilling;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OperationsEndpointsTest {

    @Test
    void readinessReportsDatabaseAndKafkaUp() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void servesOpenApiAndPrometheusMetrics() {
        given().get("/q/openapi?format=json").then().statusCode(200).body(containsString("/statement-runs"))
                .body(containsString("/accounts/{accountId}/statements"))
                .body("components.schemas.Money.type", equalTo("string"));
        given().get("/q/metrics").then().statusCode(200).body(containsString("rcm_outbox_published_total"));
    }
}
