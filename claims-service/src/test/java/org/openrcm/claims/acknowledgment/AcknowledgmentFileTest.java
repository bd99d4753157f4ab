package org.openrcm.claims.acknowledgment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openrcm.claims.Acknowledgments;
import org.openrcm.claims.Acknowledgments.Sent;
import org.openrcm.claims.Acknowledgments.Status;
import org.openrcm.claims.ClaimTopic;
import org.openrcm.claims.Claims;
import org.openrcm.claims.Claims.SubmittedClaim;
import org.openrcm.claims.ClearinghouseDrop;
import org.openrcm.deploy.infra.TopicProbe;
import org.openrcm.events.Topics;
import org.openrcm.events.claims.ClaimAccepted;
import org.openrcm.events.claims.ClaimRejected;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AcknowledgmentFileTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String ROUTE = ClearinghouseDrop.DEFAULT_ROUTE;

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
    void a277CAAcceptanceInTheInboundMailboxAcceptsTheClaimAndTheSameFileTwiceChangesNothing() {
        SubmittedClaim claim = Claims.submitted(claims);
        byte[] ack = Acknowledgments.claimAck277(Status.accepted(claim.patientControlNumber(), "PAYER-77"));

        ClearinghouseDrop.dropInbound(claim.tenant(), ROUTE, "277CA-1.x12", ack);
        awaitProcessed(claim.tenant(), "277CA-1.x12");
        ClearinghouseDrop.dropInbound(claim.tenant(), ROUTE, "277CA-1-again.x12", ack);
        awaitProcessed(claim.tenant(), "277CA-1-again.x12");

        List<TopicProbe.Received> events = claims.await(ClaimTopic.ofTenant(claim.tenant()), 3, TIMEOUT,
                Duration.ofSeconds(2));
        assertThat(ClaimTopic.types(events)).containsExactly("ClaimCreated", "ClaimSubmitted", "ClaimAccepted");
        ClaimAccepted accepted = ClaimTopic.only(events, ClaimAccepted.class);
        assertThat(accepted.statusCategory()).isEqualTo("A2");
        assertThat(accepted.payerClaimNumber()).isEqualTo("PAYER-77");
        given().header("X-Tenant-Id", claim.tenant()).get("/claims/" + claim.claimId()).then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("payerClaimNumber", equalTo("PAYER-77"))
                .body("history.status", contains("READY", "SUBMITTING", "SUBMITTED", "ACCEPTED"));
        assertThat(ClearinghouseDrop.files(ClearinghouseDrop.mailbox(claim.tenant(), ROUTE, "inbound"))).isEmpty();
    }

    @Test
    void a277CARejectionRejectsTheClaimWithItsCodesInWordsAndTellsCodingWhenItIsACodingProblem() {
        SubmittedClaim claim = Claims.submitted(claims);

        ClearinghouseDrop.dropInbound(claim.tenant(), ROUTE, "277CA-2.x12",
                Acknowledgments.claimAck277(Status.rejected(claim.patientControlNumber(), "A7", "255", null)));

        ClaimRejected rejected = ClaimTopic.only(claims.await(ClaimTopic.ofTenant(claim.tenant()), 3, TIMEOUT,
                Duration.ofSeconds(1)), ClaimRejected.class);
        assertThat(rejected.source()).isEqualTo("PAYER");
        assertThat(rejected.statusCategory()).isEqualTo("A7");
        assertThat(rejected.statusCode()).isEqualTo("255");
        assertThat(rejected.reasonCategory()).isEqualTo("CODING");
        assertThat(rejected.reason()).isEqualTo("A7 rejected for invalid information: diagnosis code");
        given().header("X-Tenant-Id", claim.tenant()).queryParam("category", "CODING").get("/rejections").then()
                .statusCode(200).body("claimId", contains(claim.claimId()))
                .body("[0].rejectionReasons[0].text", equalTo(rejected.reason()));
        given().header("X-Tenant-Id", claim.tenant()).queryParam("category", "ELIGIBILITY").get("/rejections")
                .then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void a999RejectingATransactionSetRejectsItsClaimsWithTheErrorLocation() {
        SubmittedClaim claim = Claims.submitted(claims);
        Sent sent = Sent.of(ClearinghouseDrop.outbound(claim.tenant()).get(0));

        ClearinghouseDrop.dropInbound(claim.tenant(), ROUTE, "999-1.x12", Acknowledgments.rejecting999(sent));

        ClaimRejected rejected = ClaimTopic.only(claims.await(ClaimTopic.ofTenant(claim.tenant()), 3, TIMEOUT,
                Duration.ofSeconds(1)), ClaimRejected.class);
        assertThat(rejected.source()).isEqualTo("CLEARINGHOUSE");
        assertThat(rejected.statusCategory()).isEqualTo("R");
        assertThat(rejected.reason()).contains("999 rejected transaction set " + sent.setControlNumber())
                .contains("NM1 at segment 14 (loop 2010) code 8 (segment has data element errors)")
                .contains("element 9 code 7 (invalid code value) value 'XYZ123'");
        given().header("X-Tenant-Id", claim.tenant()).get("/claims/" + claim.claimId()).then().statusCode(200)
                .body("status", equalTo("REJECTED"));
    }

    @Test
    void anAccepting999ChangesNothingAndLeavesTheClaimToIts277CA() {
        SubmittedClaim claim = Claims.submitted(claims);
        Sent sent = Sent.of(ClearinghouseDrop.outbound(claim.tenant()).get(0));

        ClearinghouseDrop.dropInbound(claim.tenant(), ROUTE, "999-2.x12", Acknowledgments.accepting999(sent));
        awaitProcessed(claim.tenant(), "999-2.x12");

        given().header("X-Tenant-Id", claim.tenant()).get("/claims/" + claim.claimId()).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
    }

    @Test
    void statusesForClaimsNeverSentGoToTheExceptionListWhileTheRestOfTheFileApplies() {
        SubmittedClaim claim = Claims.submitted(claims);

        ClearinghouseDrop.dropInbound(claim.tenant(), ROUTE, "277CA-3.x12", Acknowledgments.claimAck277(
                Status.rejected("C999999999999", "A7", "33", "IL"), Status.accepted(claim.patientControlNumber(),
                        null)));
        awaitProcessed(claim.tenant(), "277CA-3.x12");

        given().header("X-Tenant-Id", claim.tenant()).get("/claims/" + claim.claimId()).then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        given().header("X-Tenant-Id", claim.tenant()).get("/clearinghouse/acknowledgments/exceptions").then()
                .statusCode(200).body("size()", equalTo(1)).body("[0].kind", equalTo("UNKNOWN_CLAIM"))
                .body("[0].reference", equalTo("CLM01 C999999999999")).body("[0].fileName", equalTo("277CA-3.x12"));
    }

    @Test
    void aTransactionSetThatBreaksTheGuideIsListedWhileTheOtherSetsOfTheFileApply() {
        SubmittedClaim accepted = Claims.submitted(claims);
        String file = Acknowledgments.claimAck277Sets(Status.accepted(accepted.patientControlNumber(), "PAYER-5"),
                Status.rejected("C000000000000", "A7", "33", "IL"));
        // The second set's STC loses its status category: that set cannot be applied.
        String broken = file.replace("STC*A7:33:IL", "STC*:33:IL");
        assertThat(broken).isNotEqualTo(file);

        ClearinghouseDrop.dropInbound(accepted.tenant(), ROUTE, "277CA-4.x12", broken.getBytes(StandardCharsets.US_ASCII));
        awaitProcessed(accepted.tenant(), "277CA-4.x12");

        given().header("X-Tenant-Id", accepted.tenant()).get("/claims/" + accepted.claimId()).then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        given().header("X-Tenant-Id", accepted.tenant()).get("/clearinghouse/acknowledgments/exceptions").then()
                .statusCode(200).body("size()", equalTo(1)).body("[0].kind", equalTo("INVALID_TRANSACTION_SET"))
                .body("[0].reference", equalTo("ST 0002")).body("[0].detail", containsString("STC01"));
    }

    @Test
    void aFileThatIsNotX12IsQuarantinedWithTheReasonBesideIt() throws Exception {
        SubmittedClaim claim = Claims.submitted(claims);

        ClearinghouseDrop.dropInbound(claim.tenant(), ROUTE, "277CA-garbage.x12",
                "this is not an interchange".getBytes(StandardCharsets.US_ASCII));

        Path quarantine = ClearinghouseDrop.mailbox(claim.tenant(), ROUTE, "inbound").resolve("quarantine");
        Path reason = quarantine.resolve("277CA-garbage.x12.reason.txt");
        await().atMost(TIMEOUT).until(() -> Files.exists(reason));
        assertThat(quarantine.resolve("277CA-garbage.x12")).exists();
        assertThat(Files.readString(reason)).isNotBlank();
        given().header("X-Tenant-Id", claim.tenant()).get("/claims/" + claim.claimId()).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
    }

    @Test
    void theSameX12PostedToTheApiAppliesLikeADroppedFile() {
        SubmittedClaim claim = Claims.submitted(claims);
        byte[] ack = Acknowledgments.claimAck277(Status.rejected(claim.patientControlNumber(), "A6", "562", "85"));

        given().header("X-Tenant-Id", claim.tenant()).contentType("application/edi-x12").body(ack)
                .post("/clearinghouse/acknowledgments").then().statusCode(200).body("kind", equalTo("277CA"))
                .body("applied", equalTo(1));
        given().header("X-Tenant-Id", claim.tenant()).contentType("application/edi-x12").body(ack)
                .post("/clearinghouse/acknowledgments").then().statusCode(200).body("duplicate", equalTo(true));
        given().header("X-Tenant-Id", claim.tenant()).contentType("application/edi-x12")
                .body("ISA*nonsense".getBytes(StandardCharsets.US_ASCII)).post("/clearinghouse/acknowledgments")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("body"));

        given().header("X-Tenant-Id", claim.tenant()).queryParam("category", "PROVIDER").get("/rejections").then()
                .statusCode(200).body("[0].rejectionReasons[0].text", containsString(
                        "A6 rejected for missing information: entity's National Provider Identifier (NPI) (billing"
                                + " provider)"));
    }

    private static void awaitProcessed(String tenant, String name) {
        Path processed = ClearinghouseDrop.mailbox(tenant, ROUTE, "inbound").resolve("processed").resolve(name);
        await().atMost(TIMEOUT).until(() -> Files.exists(processed));
    }
}
