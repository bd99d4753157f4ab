package org.openrcm.claims.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openrcm.claims.ClaimTopic;
import org.openrcm.claims.Claims;
import org.openrcm.claims.Claims.SubmittedClaim;
import org.openrcm.deploy.infra.TopicProbe;
import org.openrcm.events.Topics;
import org.openrcm.events.claims.ClaimAccepted;
import org.openrcm.events.claims.ClaimRejected;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class AcknowledgmentResourceTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private TopicProbe claims;

    @BeforeEach
    void openProbe() {
        claims = new TopicProbe(bootstrapServers, Topics.CLAIMS.name());
    }

    @AfterEach
    void closeProbe() {
        claims.close();
    }

    @Test
    void anAcceptanceAnnouncesClaimAcceptedOnceAndARepeatChangesNothing() {
        SubmittedClaim claim = Claims.submitted(claims);
        String batch = batch(claim.submissionId(), claim.tenant(), ack(claim.claimId(), "ACCEPTED", "A1", "20",
                "\"PCN-77\"", "null"));

        post(batch).then().statusCode(200).body("applied", equalTo(1)).body("duplicates", equalTo(0))
                .body("unknownClaims", empty());
        post(batch).then().statusCode(200).body("applied", equalTo(0)).body("duplicates", equalTo(1));

        List<TopicProbe.Received> events = claims.await(ClaimTopic.ofTenant(claim.tenant()), 3, TIMEOUT,
                Duration.ofSeconds(2));
        assertThat(ClaimTopic.types(events)).containsExactly("ClaimCreated", "ClaimSubmitted", "ClaimAccepted");
        ClaimAccepted accepted = ClaimTopic.only(events, ClaimAccepted.class);
        assertThat(accepted.claimId()).isEqualTo(claim.claimId());
        assertThat(accepted.submissionId()).isEqualTo(claim.submissionId());
        assertThat(accepted.statusCategory()).isEqualTo("A1");
        assertThat(accepted.payerClaimNumber()).isEqualTo("PCN-77");
        given().header("X-Tenant-Id", claim.tenant()).get("/claims/" + claim.claimId()).then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("payerClaimNumber", equalTo("PCN-77"))
                .body("history.status", contains("READY", "SUBMITTING", "SUBMITTED", "ACCEPTED"));
    }

    @Test
    void aPayerRejectionAnnouncesClaimRejectedOnceWithItsReason() {
        SubmittedClaim claim = Claims.submitted(claims);
        String batch = batch(claim.submissionId(), claim.tenant(), ack(claim.claimId(), "REJECTED", "A7", "562",
                "null", "\"Subscriber not found\""));

        post(batch).then().statusCode(200).body("applied", equalTo(1));
        post(batch).then().statusCode(200).body("duplicates", equalTo(1));

        List<TopicProbe.Received> events = claims.await(ClaimTopic.ofTenant(claim.tenant()), 3, TIMEOUT,
                Duration.ofSeconds(2));
        assertThat(ClaimTopic.types(events)).containsExactly("ClaimCreated", "ClaimSubmitted", "ClaimRejected");
        ClaimRejected rejected = ClaimTopic.only(events, ClaimRejected.class);
        assertThat(rejected.source()).isEqualTo("PAYER");
        assertThat(rejected.statusCategory()).isEqualTo("A7");
        assertThat(rejected.statusCode()).isEqualTo("562");
        assertThat(rejected.reason()).isEqualTo("Subscriber not found");
        given().header("X-Tenant-Id", claim.tenant()).get("/claims/" + claim.claimId()).then().statusCode(200)
                .body("status", equalTo("REJECTED"));
    }

    @Test
    void claimsTheTenantDidNotSendInThatSubmissionAreReportedWhileTheOthersApply() {
        SubmittedClaim claim = Claims.submitted(claims);
        SubmittedClaim othersClaim = Claims.submitted(claims);
        String stranger = UUID.randomUUID().toString();

        post(batch(claim.submissionId(), claim.tenant(),
                ack(claim.claimId(), "ACCEPTED", "A1", "20", "null", "null"),
                ack(stranger, "ACCEPTED", "A1", "20", "null", "null"),
                ack("not-a-claim-id", "REJECTED", "A7", "21", "null", "null"),
                ack(othersClaim.claimId(), "REJECTED", "A7", "21", "null", "null")))
                .then().statusCode(200).body("applied", equalTo(1)).body("duplicates", equalTo(0))
                .body("unknownClaims", containsInAnyOrder(stranger, "not-a-claim-id", othersClaim.claimId()));
        post(batch("S-" + UUID.randomUUID(), othersClaim.tenant(),
                ack(othersClaim.claimId(), "ACCEPTED", "A1", "20", "null", "null")))
                .then().statusCode(200).body("applied", equalTo(0))
                .body("unknownClaims", contains(othersClaim.claimId()));

        given().header("X-Tenant-Id", othersClaim.tenant()).get("/claims/" + othersClaim.claimId()).then()
                .statusCode(200).body("status", equalTo("SUBMITTED"));
        assertThat(ClaimTopic.types(claims.await(ClaimTopic.ofTenant(othersClaim.tenant()), 3, Duration.ofSeconds(3),
                Duration.ZERO))).containsExactly("ClaimCreated", "ClaimSubmitted");
    }

    @Test
    void aMalformedBatchIs400NamingEachField() {
        post("""
                {"tenantId":"Not A Tenant","acknowledgments":[{"claimId":"","status":"ACCEPTED","statusCategory":"a1"}]}
                """).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("submissionId", "tenantId", "acknowledgments[0].claimId",
                        "acknowledgments[0].statusCategory"));
        post(batch("S-1", "some-practice", ack("c", "MAYBE", "A1", "20", "null", "null")))
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("acknowledgments[0].status"));
        post("{\"submissionId\":\"S-1\",\"tenantId\":\"some-practice\",\"acknowledgments\":[]}")
                .then().statusCode(400).body("violations.field", hasItems("acknowledgments"));
    }

    @Test
    void aBatchForATenantNotServedHereIs404() {
        post(batch("S-1", "no-such-practice", ack(UUID.randomUUID().toString(), "ACCEPTED", "A1", "20", "null",
                "null"))).then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://openrcm.org/problems/unknown-tenant"));
    }

    private static Response post(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/clearinghouse/acknowledgments");
    }

    private static String batch(String submissionId, String tenantId, String... acknowledgments) {
        return "{\"submissionId\":\"" + submissionId + "\",\"tenantId\":\"" + tenantId + "\",\"acknowledgments\":["
                + String.join(",", acknowledgments) + "]}";
    }

    /** One acknowledgment; payer claim number and reason are given as JSON (quoted, or null). */
    private static String ack(String claimId, String status, String category, String code, String payerClaimNumber,
            String reason) {
        return "{\"claimId\":\"" + claimId + "\",\"status\":\"" + status + "\",\"statusCategory\":\"" + category
                + "\",\"statusCode\":\"" + code + "\",\"payerClaimNumber\":" + payerClaimNumber + ",\"reason\":"
                + reason + "}";
    }
}
