package org.openrcm.claims.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openrcm.claims.Claims;
import org.openrcm.claims.Claims.SubmittedClaim;
import org.openrcm.claims.Tenants;
import org.openrcm.deploy.infra.TopicProbe;
import org.openrcm.events.Topics;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ClaimResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private TopicProbe probe;

    @BeforeEach
    void openProbe() {
        probe = new TopicProbe(bootstrapServers, Topics.CLAIMS.name());
    }

    @AfterEach
    void closeProbe() {
        probe.close();
    }

    @Test
    void anotherTenantsClaimIsInvisible() {
        SubmittedClaim claim = Claims.submitted(probe);
        String other = Tenants.register();

        given().header("X-Tenant-Id", claim.tenant()).get("/claims/" + claim.claimId()).then().statusCode(200)
                .body("claimId", equalTo(claim.claimId())).body("lines.procedureCode", contains("99213"))
                .body("lines.charge", contains("125.00")).body("payerId", equalTo("BCBS01"));
        given().header("X-Tenant-Id", other).get("/claims/" + claim.claimId()).then().statusCode(404)
                .contentType("application/problem+json");
        given().header("X-Tenant-Id", other).get("/claims").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void listsFilterByStatus() {
        SubmittedClaim claim = Claims.submitted(probe);

        given().header("X-Tenant-Id", claim.tenant()).queryParam("status", "SUBMITTED").get("/claims").then()
                .statusCode(200).body("claimId", contains(claim.claimId()));
        given().header("X-Tenant-Id", claim.tenant()).queryParam("status", "SCRUB_FAILED").get("/claims").then()
                .statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void badQueryParametersAreNamed() {
        String tenant = Tenants.register();
        given().header("X-Tenant-Id", tenant).queryParam("status", "LOST").get("/claims").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("status"));
        given().header("X-Tenant-Id", tenant).queryParam("size", 0).queryParam("page", -1).get("/claims").then()
                .statusCode(400).body("violations.field", hasItem("size")).body("violations.field", hasItem("page"));
    }

    @Test
    void anUnknownOrMalformedClaimIdIs404() {
        String tenant = Tenants.register();
        given().header("X-Tenant-Id", tenant).get("/claims/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        given().header("X-Tenant-Id", tenant).get("/claims/not-a-claim").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aRequestWithoutTenantIs400AndAnUnknownTenant404() {
        given().get("/claims").then().statusCode(400).body("violations.field", hasItem("X-Tenant-Id"));
        given().header("X-Tenant-Id", "no-such-practice").get("/claims").then().statusCode(404)
                .body("type", equalTo("https://openrcm.org/problems/unknown-tenant"));
    }
}
