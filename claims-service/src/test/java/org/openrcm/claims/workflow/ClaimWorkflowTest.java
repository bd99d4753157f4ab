package org.openrcm.claims.workflow;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openrcm.claims.Acknowledgments;
import org.openrcm.claims.Acknowledgments.Status;
import org.openrcm.claims.ClaimTopic;
import org.openrcm.claims.Claims;
import org.openrcm.claims.Claims.SubmittedClaim;
import org.openrcm.claims.ClearinghouseDrop;
import org.openrcm.claims.Tenants;
import org.openrcm.deploy.infra.TopicProbe;
import org.openrcm.events.Topics;
import org.openrcm.events.claims.ClaimRejected;
import org.openrcm.events.claims.ClaimResubmitted;
import org.openrcm.events.claims.ClaimSubmitted;
import org.openrcm.events.claims.ClaimVoided;
import org.openrcm.x12.claim.Claim837;
import org.openrcm.x12.claim.Claim837Reader;
import org.openrcm.x12.claim.FrequencyCode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ClaimWorkflowTest {

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
    void aRejectedClaimIsCorrectedAndResubmittedAsClaimResubmittedWithWhoDidWhat() {
        SubmittedClaim claim = Claims.submitted(claims);
        drop(claim, "277CA-reject.x12", Status.rejected(claim.patientControlNumber(), "A7", "33", "IL"));
        ClaimRejected rejected = ClaimTopic.only(claims.await(ClaimTopic.ofTenant(claim.tenant()), 3, TIMEOUT,
                Duration.ofSeconds(1)), ClaimRejected.class);
        assertThat(rejected.reasonCategory()).isEqualTo("ELIGIBILITY");
        assertThat(rejected.entityCode()).isEqualTo("IL");
        given().header("X-Tenant-Id", claim.tenant()).queryParam("category", "ELIGIBILITY")
                .queryParam("payerId", "BCBS01").get("/rejections").then().statusCode(200)
                .body("claimId", contains(claim.claimId()));

        given().header("X-Tenant-Id", claim.tenant()).header("X-User", "bea.biller").contentType(ContentType.JSON)
                .body("{\"memberId\":\"XYZ124\",\"lines\":[{\"lineNumber\":1,\"modifiers\":[\"25\"]}]}")
                .patch("/claims/" + claim.claimId()).then().statusCode(200).body("status", equalTo("REJECTED"));
        given().header("X-Tenant-Id", claim.tenant()).header("X-User", "bea.biller")
                .post("/claims/" + claim.claimId() + "/resubmit").then().statusCode(200)
                .body("status", equalTo("READY"));

        List<TopicProbe.Received> events = claims.await(ClaimTopic.ofTenant(claim.tenant()), 5, TIMEOUT,
                Duration.ofSeconds(1));
        assertThat(ClaimTopic.types(events)).containsExactly("ClaimCreated", "ClaimSubmitted", "ClaimRejected",
                "ClaimSubmitted", "ClaimResubmitted");
        ClaimResubmitted resubmitted = ClaimTopic.only(events, ClaimResubmitted.class);
        assertThat(resubmitted.previousSubmissionId()).isEqualTo(claim.submissionId());
        assertThat(resubmitted.submissionId()).isNotEqualTo(claim.submissionId());
        assertThat(resubmitted.frequencyCode()).isEqualTo("1");
        ClaimSubmitted again = ClaimTopic.read(events.get(3), ClaimSubmitted.class);
        assertThat(again.patientControlNumber()).isEqualTo(claim.patientControlNumber());
        Claim837 sent = sentIn(claim.tenant(), again.fileName());
        assertThat(sent.subscriber().memberId()).isEqualTo("XYZ124");
        assertThat(sent.serviceLines().get(0).modifiers()).containsExactly("25");
        given().header("X-Tenant-Id", claim.tenant()).get("/claims/" + claim.claimId()).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("history.by", hasItems("system", "bea.biller"))
                .body("history.note", hasItems("corrected lines[1], memberId"));
    }

    @Test
    void anAcceptedClaimIsVoidedByAFrequency8ClaimWithThePayerClaimNumberAndClaimVoided() {
        SubmittedClaim claim = Claims.submitted(claims);
        drop(claim, "277CA-accept.x12", Status.accepted(claim.patientControlNumber(), "PAYER-9"));
        Claims.awaitStatus(claim.tenant(), "ACCEPTED");

        given().header("X-Tenant-Id", claim.tenant()).header("X-User", "bea.biller").contentType(ContentType.JSON)
                .body("{\"reason\":\"Billed to the wrong payer\"}").post("/claims/" + claim.claimId() + "/void")
                .then().statusCode(200).body("status", equalTo("READY")).body("frequencyCode", equalTo("8"));

        List<TopicProbe.Received> events = claims.await(ClaimTopic.ofTenant(claim.tenant()), 5, TIMEOUT,
                Duration.ofSeconds(1));
        assertThat(ClaimTopic.types(events)).containsExactly("ClaimCreated", "ClaimSubmitted", "ClaimAccepted",
                "ClaimSubmitted", "ClaimVoided");
        ClaimVoided voided = ClaimTopic.only(events, ClaimVoided.class);
        assertThat(voided.payerClaimNumber()).isEqualTo("PAYER-9");
        assertThat(voided.reason()).isEqualTo("Billed to the wrong payer");
        ClaimSubmitted voidSent = ClaimTopic.read(events.get(3), ClaimSubmitted.class);
        assertThat(voidSent.frequencyCode()).isEqualTo("8");
        Claim837 sent = sentIn(claim.tenant(), voidSent.fileName());
        assertThat(sent.details().frequency()).isEqualTo(FrequencyCode.VOID);
        assertThat(sent.details().payerClaimNumber()).isEqualTo("PAYER-9");
        assertThat(sent.patientControlNumber()).isEqualTo(claim.patientControlNumber());
        Claims.awaitStatus(claim.tenant(), "VOIDED");
    }

    @Test
    void anAcceptedClaimIsReplacedByAFrequency7ClaimCarryingItsCorrections() {
        SubmittedClaim claim = Claims.submitted(claims);
        drop(claim, "277CA-accept.x12", Status.accepted(claim.patientControlNumber(), "PAYER-10"));
        Claims.awaitStatus(claim.tenant(), "ACCEPTED");

        given().header("X-Tenant-Id", claim.tenant()).contentType(ContentType.JSON)
                .body("{\"reason\":\"Second diagnosis missed\",\"corrections\":{\"diagnosisCodes\":[\"E119\",\"I10\","
                        + "\"E785\"]}}")
                .post("/claims/" + claim.claimId() + "/replace").then().statusCode(200)
                .body("status", equalTo("READY")).body("frequencyCode", equalTo("7"));

        List<TopicProbe.Received> events = claims.await(ClaimTopic.ofTenant(claim.tenant()), 5, TIMEOUT,
                Duration.ofSeconds(1));
        ClaimResubmitted replaced = ClaimTopic.only(events, ClaimResubmitted.class);
        assertThat(replaced.frequencyCode()).isEqualTo("7");
        assertThat(replaced.payerClaimNumber()).isEqualTo("PAYER-10");
        Claim837 sent = sentIn(claim.tenant(), ClaimTopic.read(events.get(3), ClaimSubmitted.class).fileName());
        assertThat(sent.details().frequency()).isEqualTo(FrequencyCode.REPLACEMENT);
        assertThat(sent.details().payerClaimNumber()).isEqualTo("PAYER-10");
        assertThat(sent.details().diagnoses()).containsExactly("E119", "I10", "E785");
    }

    @Test
    void actionsTheClaimsStatusDoesNotAllowAre409AndBadCorrections400() {
        SubmittedClaim claim = Claims.submitted(claims);
        given().header("X-Tenant-Id", claim.tenant()).contentType(ContentType.JSON).body("{\"memberId\":\"X1\"}")
                .patch("/claims/" + claim.claimId()).then().statusCode(409).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("SUBMITTED"));
        given().header("X-Tenant-Id", claim.tenant()).contentType(ContentType.JSON).body("{\"reason\":\"x\"}")
                .post("/claims/" + claim.claimId() + "/replace").then().statusCode(409);
        given().header("X-Tenant-Id", claim.tenant()).contentType(ContentType.JSON)
                .body("{\"diagnosisCodes\":[\"e11.9\"],\"lines\":[{\"lineNumber\":1,\"procedureCode\":\"9921\","
                        + "\"diagnosisPointers\":[13]}],\"relationshipCode\":\"99\"}")
                .patch("/claims/" + claim.claimId()).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("diagnosisCodes[0]", "lines[0].procedureCode",
                        "lines[0].diagnosisPointers[0]", "relationshipCode"));
        given().header("X-Tenant-Id", claim.tenant()).header("X-User", "<script>").contentType(ContentType.JSON)
                .body("{\"reason\":\"x\"}").post("/claims/" + claim.claimId() + "/void").then().statusCode(400)
                .body("violations.field", hasItems("X-User"));
        given().header("X-Tenant-Id", Tenants.register()).post("/claims/" + claim.claimId() + "/resubmit").then()
                .statusCode(404);
    }

    @Test
    void theFollowUpListFlagsTimelyFilingWithTheDaysLeftAndUnacknowledgedClaims() {
        SubmittedClaim claim = Claims.submitted(claims);
        given().header("X-Tenant-Id", claim.tenant()).contentType(ContentType.JSON).body("""
                {"name":"Blue Cross","claimFilingIndicator":"CI","requiresBillingTaxonomy":false,"route":"default",
                 "timelyFilingDays":90,"paymentWindowDays":30}
                """).put("/payers/BCBS01").then().statusCode(201);
        // The encounter's date of service is 2026-11-20: the deadline is 90 days later.
        LocalDate deadline = LocalDate.of(2026, 11, 20).plusDays(90);
        long daysLeft = ChronoUnit.DAYS.between(LocalDate.now(ZoneOffset.UTC), deadline);

        List<java.util.Map<String, Object>> items = given().header("X-Tenant-Id", claim.tenant())
                .queryParam("kind", "TIMELY_FILING").get("/follow-up").then().statusCode(200).extract().jsonPath()
                .getList("$");
        if (daysLeft <= 30) {
            assertThat(items).singleElement().satisfies(item -> {
                assertThat(item.get("claimId")).isEqualTo(claim.claimId());
                assertThat(item.get("deadline")).isEqualTo(deadline.toString());
                assertThat(((Number) item.get("days")).longValue()).isEqualTo(daysLeft);
            });
        } else {
            assertThat(items).isEmpty();
        }
        given().header("X-Tenant-Id", claim.tenant()).contentType(ContentType.JSON).body("""
                {"name":"Blue Cross","claimFilingIndicator":"CI","requiresBillingTaxonomy":false,"route":"default",
                 "timelyFilingDays":10,"paymentWindowDays":30}
                """).put("/payers/BCBS01").then().statusCode(200);
        given().header("X-Tenant-Id", claim.tenant()).queryParam("kind", "TIMELY_FILING").get("/follow-up").then()
                .statusCode(200).body("claimId", contains(claim.claimId()))
                .body("[0].deadline", equalTo("2026-11-30"));
        // Submitted just now: not yet overdue for an acknowledgment.
        given().header("X-Tenant-Id", claim.tenant()).queryParam("kind", "NO_ACKNOWLEDGMENT").get("/follow-up")
                .then().statusCode(200).body("size()", equalTo(0));
        given().header("X-Tenant-Id", claim.tenant()).queryParam("kind", "LATE").get("/follow-up").then()
                .statusCode(400).body("violations.field", hasItems("kind"));
    }

    private static void drop(SubmittedClaim claim, String name, Status status) {
        Path processed = ClearinghouseDrop.mailbox(claim.tenant(), ClearinghouseDrop.DEFAULT_ROUTE, "inbound")
                .resolve("processed").resolve(name);
        ClearinghouseDrop.dropInbound(claim.tenant(), ClearinghouseDrop.DEFAULT_ROUTE, name,
                Acknowledgments.claimAck277(status));
        await().atMost(TIMEOUT).until(() -> Files.exists(processed));
    }

    private static Claim837 sentIn(String tenant, String fileName) {
        Path file = ClearinghouseDrop.mailbox(tenant, ClearinghouseDrop.DEFAULT_ROUTE, "outbound").resolve(fileName);
        try {
            return new Claim837Reader().read(Files.readAllBytes(file)).contents().get(0).claims().get(0);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
