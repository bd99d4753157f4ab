package org.openrcm.claims;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.openrcm.claims.InboundEvents.line;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openrcm.deploy.infra.TopicProbe;

/** Claims brought to a given point through the real paths: a coded encounter on the topic, the submission worker. */
public final class Claims {

    private Claims() {
    }

    /** A claim of a new billing tenant, submitted to the (fake) clearinghouse: its id and submission id. */
    public static SubmittedClaim submitted(TopicProbe probe) {
        String tenant = Tenants.billing("99213", "125.00");
        InboundEvents.publish(probe, InboundEvents.encounterCoded(tenant, "enc-" + UUID.randomUUID(),
                line("99213", 1)));
        Map<String, Object> claim = awaitStatus(tenant, "SUBMITTED").get(0);
        return new SubmittedClaim(tenant, (String) claim.get("claimId"), (String) claim.get("submissionId"),
                (String) claim.get("patientControlNumber"));
    }

    /** Waits until the tenant has exactly one claim, in the given status, and lists it. */
    public static List<Map<String, Object>> awaitStatus(String tenant, String status) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(
                () -> given().header("X-Tenant-Id", tenant).get("/claims").then().statusCode(200).extract()
                        .jsonPath().<Map<String, Object>>getList("$"),
                claims -> claims.size() == 1 && status.equals(claims.get(0).get("status")));
    }

    /** The tenant's claims as the API lists them. */
    public static List<Map<String, Object>> list(String tenant) {
        return given().header("X-Tenant-Id", tenant).get("/claims").then().statusCode(200).extract().jsonPath()
                .getList("$");
    }

    /** A submitted claim of a tenant. */
    public record SubmittedClaim(String tenant, String claimId, String submissionId, String patientControlNumber) {
    }
}
