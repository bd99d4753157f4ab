package org.openrcm.claims.clearinghouse;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.openrcm.claims.InboundEvents.line;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openrcm.claims.ClaimTopic;
import org.openrcm.claims.Claims;
import org.openrcm.claims.FakeClearinghouse;
import org.openrcm.claims.InboundEvents;
import org.openrcm.claims.Tenants;
import org.openrcm.deploy.infra.TopicProbe;
import org.openrcm.events.Topics;
import org.openrcm.events.claims.ClaimAccepted;
import org.openrcm.events.claims.ClaimSubmitted;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ClaimSubmissionTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @TestHTTPResource("/clearinghouse/acknowledgments")
    URL acknowledgments;

    private TopicProbe claims;

    @BeforeEach
    void openProbe() {
        claims = new TopicProbe(bootstrapServers, Topics.CLAIMS.name());
    }

    @AfterEach
    void restoreClearinghouse() {
        FakeClearinghouse.current().up();
        claims.close();
    }

    @Test
    void claimsStaySubmittingWhileTheClearinghouseIsDownAndGoOutUnderTheSameIdWhenItIsBack() {
        String tenant = Tenants.billing("99213", "125.00");
        FakeClearinghouse.current().down();

        InboundEvents.publish(claims, InboundEvents.encounterCoded(tenant, "enc-" + UUID.randomUUID(),
                line("99213", 1)));

        await().atMost(TIMEOUT).until(() -> FakeClearinghouse.current().attempts(tenant).size() >= 3);
        String claimId = (String) Claims.awaitStatus(tenant, "SUBMITTING").get(0).get("claimId");
        assertThat(ClaimTopic.types(claims.await(ClaimTopic.ofTenant(tenant), 2, Duration.ofSeconds(1),
                Duration.ZERO))).containsExactly("ClaimCreated");

        FakeClearinghouse.current().up();

        List<TopicProbe.Received> events = claims.await(ClaimTopic.ofTenant(tenant), 2, TIMEOUT,
                Duration.ofSeconds(2));
        assertThat(ClaimTopic.types(events)).containsExactly("ClaimCreated", "ClaimSubmitted");
        ClaimSubmitted submitted = ClaimTopic.read(events.get(1), ClaimSubmitted.class);
        assertThat(submitted.claimId()).isEqualTo(claimId);
        List<FakeClearinghouse.Attempt> attempts = FakeClearinghouse.current().attempts(tenant);
        assertThat(attempts).extracting(FakeClearinghouse.Attempt::submissionId).containsOnly(submitted.submissionId());
        assertThat(attempts).filteredOn(FakeClearinghouse.Attempt::taken).hasSize(1);
        Claims.awaitStatus(tenant, "SUBMITTED");
    }

    @Test
    void anAcknowledgmentOvertakingTheRecordOfTheSubmissionStillApplies() {
        String tenant = Tenants.billing("99213", "125.00");
        List<String> answers = new CopyOnWriteArrayList<>();
        // The clearinghouse acknowledges before it even answers the submission: the claim is still SUBMITTING.
        FakeClearinghouse.current().beforeTaking(body -> {
            if (tenant.equals(body.path("tenantId").asText())) {
                answers.add(acknowledge(body));
            }
        });

        InboundEvents.publish(claims, InboundEvents.encounterCoded(tenant, "enc-" + UUID.randomUUID(),
                line("99213", 1)));

        List<TopicProbe.Received> events = claims.await(ClaimTopic.ofTenant(tenant), 3, TIMEOUT,
                Duration.ofSeconds(3));
        assertThat(ClaimTopic.types(events)).containsExactly("ClaimCreated", "ClaimSubmitted", "ClaimAccepted");
        ClaimAccepted accepted = ClaimTopic.read(events.get(2), ClaimAccepted.class);
        assertThat(accepted.payerClaimNumber()).isEqualTo("PCN-1");
        assertThat(accepted.submissionId()).isEqualTo(ClaimTopic.read(events.get(1), ClaimSubmitted.class)
                .submissionId());
        assertThat(answers).singleElement().asString().contains("\"applied\":1");
        JsonPath claim = given().header("X-Tenant-Id", tenant).get("/claims/" + accepted.claimId()).then()
                .statusCode(200).extract().jsonPath();
        assertThat(claim.getString("status")).isEqualTo("ACCEPTED");
        assertThat(claim.getList("history.status")).containsExactly("READY", "SUBMITTING", "SUBMITTED", "ACCEPTED");
    }

    private String acknowledge(JsonNode submission) {
        String claimId = submission.path("claims").get(0).path("claimId").asText();
        String body = """
                {"submissionId":"%s","tenantId":"%s","acknowledgments":[{"claimId":"%s","status":"ACCEPTED",
                 "statusCategory":"A1","statusCode":"20","payerClaimNumber":"PCN-1","reason":null}]}
                """.formatted(submission.path("submissionId").asText(), submission.path("tenantId").asText(), claimId);
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(acknowledgments.toString()))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
