package org.openrcm.claims.clearinghouse;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.openrcm.claims.InboundEvents.line;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openrcm.claims.ClaimTopic;
import org.openrcm.claims.Claims;
import org.openrcm.claims.ClearinghouseDrop;
import org.openrcm.claims.InboundEvents;
import org.openrcm.claims.Tenants;
import org.openrcm.deploy.infra.TopicProbe;
import org.openrcm.events.Topics;
import org.openrcm.events.claims.ClaimScrubFailed;
import org.openrcm.events.claims.ClaimSubmitted;
import org.openrcm.x12.X12ReadResult;
import org.openrcm.x12.claim.Claim837;
import org.openrcm.x12.claim.Claim837Reader;
import org.openrcm.x12.claim.Claim837Transaction;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ClaimSubmissionTest {

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
    void readyClaimsGoOutAsOneValid837PFileAndClaimSubmittedCarriesItsControlNumbers() {
        String tenant = Tenants.billing("99213", "125.00", "93000", "45.00");
        InboundEvents.publish(claims, InboundEvents.encounterCoded(tenant, "enc-" + UUID.randomUUID(),
                line("99213", 1), line("93000", 2)));

        List<TopicProbe.Received> events = claims.await(ClaimTopic.ofTenant(tenant), 2, TIMEOUT,
                Duration.ofSeconds(1));
        assertThat(ClaimTopic.types(events)).containsExactly("ClaimCreated", "ClaimSubmitted");
        ClaimSubmitted submitted = ClaimTopic.read(events.get(1), ClaimSubmitted.class);
        assertThat(submitted.patientControlNumber()).matches("[0-9A-Z]{1,20}");
        assertThat(submitted.interchangeControlNumber()).matches("[0-9]{9}");
        assertThat(submitted.fileName()).isEqualTo(ClearinghouseDrop.outbound(tenant).get(0).getFileName().toString())
                .startsWith("837P-" + tenant + "-" + submitted.interchangeControlNumber() + "-").endsWith(".x12");

        X12ReadResult<Claim837Transaction> file = new Claim837Reader()
                .read(read(ClearinghouseDrop.outbound(tenant).get(0)));
        assertThat(file.allIssues()).filteredOn(issue -> issue.isError()).isEmpty();
        assertThat(file.interchanges().get(0).envelope().controlNumber())
                .isEqualTo(submitted.interchangeControlNumber());
        Claim837Transaction transaction = file.contents().get(0);
        assertThat(transaction.originatorTransactionId()).isEqualTo(submitted.submissionId());
        Claim837 sent = transaction.claims().get(0);
        assertThat(sent.patientControlNumber()).isEqualTo(submitted.patientControlNumber());
        assertThat(sent.billingProvider().npi()).isEqualTo(Tenants.BILLING_NPI);
        assertThat(sent.details().totalCharge()).isEqualByComparingTo("215.00");
        assertThat(sent.details().rendering().npi()).isEqualTo(InboundEvents.RENDERING_NPI);
        assertThat(sent.serviceLines()).extracting(line -> line.procedureCode()).containsExactly("99213", "93000");

        given().header("X-Tenant-Id", tenant).get("/submissions/" + submitted.submissionId()).then().statusCode(200)
                .body("status", equalTo("SENT")).body("fileName", equalTo(submitted.fileName()))
                .body("interchangeControlNumber", equalTo(submitted.interchangeControlNumber()));
    }

    @Test
    void claimsWaitSubmittingWhileTheMailboxIsBrokenAndTheSameFileGoesOutOnceItIsRepaired() {
        String tenant = Tenants.billing("99213", "125.00");
        ClearinghouseDrop.breakOutbound(tenant);

        InboundEvents.publish(claims, InboundEvents.encounterCoded(tenant, "enc-" + UUID.randomUUID(),
                line("99213", 1)));

        String submissionId = await().atMost(TIMEOUT).until(() -> firstSubmission(tenant),
                submission -> submission != null && (int) submission.get("attempts") >= 1).get("submissionId")
                .toString();
        Claims.awaitStatus(tenant, "SUBMITTING");
        ClearinghouseDrop.repairOutbound(tenant);

        List<TopicProbe.Received> events = claims.await(ClaimTopic.ofTenant(tenant), 2, TIMEOUT,
                Duration.ofSeconds(1));
        assertThat(ClaimTopic.types(events)).containsExactly("ClaimCreated", "ClaimSubmitted");
        assertThat(ClaimTopic.read(events.get(1), ClaimSubmitted.class).submissionId()).isEqualTo(submissionId);
        assertThat(ClearinghouseDrop.outbound(tenant)).hasSize(1);
        Claims.awaitStatus(tenant, "SUBMITTED");
    }

    @Test
    void aBatchTheMailboxNeverTakesEndsFailedWithTheReasonAndCanBeResubmitted() {
        String tenant = Tenants.billing("99213", "125.00");
        ClearinghouseDrop.breakOutbound(tenant);

        InboundEvents.publish(claims, InboundEvents.encounterCoded(tenant, "enc-" + UUID.randomUUID(),
                line("99213", 1)));

        Map<String, Object> failed = Claims.awaitStatus(tenant, "FAILED").get(0);
        String claimId = (String) failed.get("claimId");
        JsonPath claim = given().header("X-Tenant-Id", tenant).get("/claims/" + claimId).then().statusCode(200)
                .extract().jsonPath();
        assertThat(claim.getString("history[-1].note")).contains("given up after 5 attempt(s)");
        given().header("X-Tenant-Id", tenant).queryParam("status", "FAILED").get("/submissions").then()
                .statusCode(200).body("size()", equalTo(1)).body("[0].attempts", equalTo(5))
                .body("[0].failureReason", org.hamcrest.Matchers.containsString("Cannot write"));

        ClearinghouseDrop.repairOutbound(tenant);
        given().header("X-Tenant-Id", tenant).header("X-User", "bea.biller").post("/claims/" + claimId + "/resubmit")
                .then().statusCode(200).body("status", equalTo("READY"));

        List<TopicProbe.Received> events = claims.await(ClaimTopic.ofTenant(tenant), 3, TIMEOUT,
                Duration.ofSeconds(1));
        assertThat(ClaimTopic.types(events)).containsExactly("ClaimCreated", "ClaimSubmitted", "ClaimResubmitted");
        given().header("X-Tenant-Id", tenant).get("/claims/" + claimId).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("history.by", org.hamcrest.Matchers.hasItem("bea.biller"));
    }

    @Test
    void aClaimThatWouldBreakTheGuideIsHeldWithThePreciseReasonAndNeverSent() {
        String tenant = Tenants.billing("99213", "125.00");
        // The payer wants PRV*BI but the practice has no taxonomy in its profile.
        given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON).body("""
                {"name":"Blue Cross","claimFilingIndicator":"CI","requiresBillingTaxonomy":true,"route":"default",
                 "timelyFilingDays":180,"paymentWindowDays":30}
                """).put("/payers/BCBS01").then().statusCode(201);

        InboundEvents.publish(claims, InboundEvents.encounterCoded(tenant, "enc-" + UUID.randomUUID(),
                line("99213", 1)));

        Map<String, Object> held = await().atMost(TIMEOUT).until(() -> Claims.list(tenant).stream()
                .filter(claim -> "SCRUB_FAILED".equals(claim.get("status"))).findFirst().orElse(null),
                claim -> claim != null);
        ClaimScrubFailed event = ClaimTopic.only(claims.await(ClaimTopic.ofTenant(tenant), 2, TIMEOUT,
                Duration.ofSeconds(1)), ClaimScrubFailed.class);
        assertThat(event.claimId()).isEqualTo(held.get("claimId"));
        assertThat(event.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo("X12_PRV03");
            assertThat(issue.field()).contains("PRV").contains("2000A");
            assertThat(issue.message()).contains("taxonomy");
        });
        assertThat(ClearinghouseDrop.outbound(tenant)).isEmpty();
    }

    private static Map<String, Object> firstSubmission(String tenant) {
        List<Map<String, Object>> submissions = given().header("X-Tenant-Id", tenant).get("/submissions").then()
                .statusCode(200).extract().jsonPath().getList("$");
        return submissions.isEmpty() ? null : submissions.get(0);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
