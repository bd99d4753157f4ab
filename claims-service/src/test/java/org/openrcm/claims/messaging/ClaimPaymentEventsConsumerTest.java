package org.openrcm.claims.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openrcm.claims.Claims;
import org.openrcm.claims.Claims.SubmittedClaim;
import org.openrcm.claims.InboundEvents;
import org.openrcm.claims.Metrics;
import org.openrcm.deploy.infra.TopicProbe;
import org.openrcm.events.EventCatalog;
import org.openrcm.events.Topics;
import org.openrcm.events.common.Adjustment;
import org.openrcm.events.payments.ClaimCorrectionRequested;
import org.openrcm.events.payments.ClaimDenied;
import org.openrcm.events.payments.PatientResponsibilityDetermined;
import org.openrcm.events.payments.PaymentPosted;
import org.openrcm.events.payments.PaymentReversed;
import org.openrcm.events.payments.RemittanceCode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ClaimPaymentEventsConsumerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private TopicProbe probe;

    @BeforeEach
    void openProbe() {
        probe = new TopicProbe(bootstrapServers, Topics.CLAIMS_DLQ.name());
    }

    @AfterEach
    void closeProbe() {
        probe.close();
    }

    @Test
    void aPostedPaymentMarksTheClaimPaidAndItsRedeliveryChangesNothing() {
        SubmittedClaim claim = Claims.submitted(probe);
        PaymentPosted payment = payment(claim, "1");
        UUID eventId = InboundEvents.publish(probe, payment);
        Claims.awaitStatus(claim.tenant(), "PAID");
        InboundEvents.publish(probe, denial(claim));
        Claims.awaitStatus(claim.tenant(), "DENIED");
        double duplicates = Metrics.value(Metrics.duplicates(ClaimPaymentEventsConsumer.CONSUMER));

        InboundEvents.publish(probe, payment, eventId);

        Metrics.awaitAbove(Metrics.duplicates(ClaimPaymentEventsConsumer.CONSUMER), duplicates);
        assertHistory(claim, "READY", "SUBMITTING", "SUBMITTED", "PAID", "DENIED");
    }

    @Test
    void aDenialMarksTheClaimDenied() {
        SubmittedClaim claim = Claims.submitted(probe);

        InboundEvents.publish(probe, denial(claim));

        Claims.awaitStatus(claim.tenant(), "DENIED");
    }

    @Test
    void aPaymentPostedAsDeniedMarksTheClaimDeniedWhateverComesFirst() {
        SubmittedClaim claim = Claims.submitted(probe);

        InboundEvents.publish(probe, payment(claim, "4"));

        Claims.awaitStatus(claim.tenant(), "DENIED");
    }

    @Test
    void otherPaymentEventsAreSkipped() {
        SubmittedClaim claim = Claims.submitted(probe);
        String skipped = Metrics.skipped(ClaimPaymentEventsConsumer.CONSUMER,
                EventCatalog.PATIENT_RESPONSIBILITY_DETERMINED.ceType());
        double before = Metrics.value(skipped);

        InboundEvents.publish(probe, responsibility(claim));

        Metrics.awaitAbove(skipped, before);
        assertHistory(claim, "READY", "SUBMITTING", "SUBMITTED");
    }

    @Test
    void anAdjudicationOfAClaimNotOursOrNotSubmittedGoesToTheDeadLetterTopicAndTheNextIsProcessed() {
        SubmittedClaim claim = Claims.submitted(probe);
        SubmittedClaim unknown = new SubmittedClaim(claim.tenant(), UUID.randomUUID().toString(), "S-x",
                "C0");
        SubmittedClaim otherTenants = new SubmittedClaim("another-practice", claim.claimId(), "S-x",
                "C0");

        InboundEvents.publish(probe, payment(unknown, "1"));
        InboundEvents.publish(probe, payment(otherTenants, "1"));
        probe.send(Topics.CLAIM_PAYMENTS.name(), claim.claimId(), InboundEvents.headers(payment(claim, "1"),
                UUID.randomUUID()), InboundEvents.json(payment(claim, "1")).replace("\"paidAmount\":\"100.00\"",
                        "\"paidAmount\":100.0"));
        InboundEvents.publish(probe, payment(claim, "1"));

        List<TopicProbe.Received> dead = probe.await(record -> record.key().equals(unknown.claimId())
                || record.key().equals(claim.claimId()), 3, TIMEOUT, Duration.ofSeconds(1));
        assertThat(dead).extracting(record -> record.header("dead-letter-reason")).satisfiesExactlyInAnyOrder(
                reason -> assertThat(reason).contains("has no claim " + unknown.claimId()),
                reason -> assertThat(reason).contains("another-practice has no claim " + claim.claimId()),
                reason -> assertThat(reason).contains("breaks the schema").contains("paidAmount"));
        Claims.awaitStatus(claim.tenant(), "PAID");
    }

    @Test
    void aReversalReopensThePaidClaimOnTheFollowUpListAndTheCorrectedPaymentPostsNormally() {
        SubmittedClaim claim = Claims.submitted(probe);
        PaymentPosted original = payment(claim, "1");
        InboundEvents.publish(probe, original);
        Claims.awaitStatus(claim.tenant(), "PAID");
        PaymentReversed reversal = reversal(claim, original);

        UUID eventId = InboundEvents.publish(probe, reversal);

        Claims.awaitStatus(claim.tenant(), "ACCEPTED");
        given().header("X-Tenant-Id", claim.tenant()).queryParam("kind", "PAYMENT_REVERSED").get("/follow-up")
                .then().statusCode(200).body("claimId", contains(claim.claimId()))
                .body("[0].status", equalTo("ACCEPTED"))
                .body("[0].reason", containsString("payment reversed by payer BCBS01 (remittance rem-3, payment "
                        + original.paymentId() + ", paid 100.00 taken back)"));
        given().header("X-Tenant-Id", claim.tenant()).queryParam("kind", "NO_PAYMENT").get("/follow-up").then()
                .statusCode(200).body("claimId", not(hasItem(claim.claimId())));
        double duplicates = Metrics.value(Metrics.duplicates(ClaimPaymentEventsConsumer.CONSUMER));
        InboundEvents.publish(probe, reversal, eventId);
        Metrics.awaitAbove(Metrics.duplicates(ClaimPaymentEventsConsumer.CONSUMER), duplicates);

        InboundEvents.publish(probe, payment(claim, "1"));

        Claims.awaitStatus(claim.tenant(), "PAID");
        assertHistory(claim, "READY", "SUBMITTING", "SUBMITTED", "PAID", "ACCEPTED", "PAID");
        given().header("X-Tenant-Id", claim.tenant()).queryParam("kind", "PAYMENT_REVERSED").get("/follow-up")
                .then().statusCode(200).body("claimId", not(hasItem(claim.claimId())));
    }

    @Test
    void aCorrectionRequestPutsTheDeniedClaimInTheRejectionQueueWithThePayersReasonsForAReplacement() {
        SubmittedClaim claim = Claims.submitted(probe);
        InboundEvents.publish(probe, denial(claim));
        Claims.awaitStatus(claim.tenant(), "DENIED");
        ClaimCorrectionRequested request = new ClaimCorrectionRequested(claim.tenant(), claim.claimId(), "den-1",
                "rem-2", "BCBS01", "PAYER-CLM-9", List.of(
                        new RemittanceCode(RemittanceCode.CARC, "16", "Claim/service lacks information"),
                        new RemittanceCode(RemittanceCode.RARC, "N382", "Missing/incomplete/invalid patient"
                                + " identifier.")), "member id was mistyped", Instant.now());

        UUID eventId = InboundEvents.publish(probe, request);

        Claims.awaitStatus(claim.tenant(), "REJECTED");
        given().header("X-Tenant-Id", claim.tenant()).queryParam("category", "PAYER_DATA").get("/rejections")
                .then().statusCode(200).body("claimId", contains(claim.claimId()))
                .body("[0].rejectionReasons.text", contains("CARC 16: Claim/service lacks information",
                        "RARC N382: Missing/incomplete/invalid patient identifier.",
                        "poster's note: member id was mistyped"))
                .body("[0].frequencyCode", equalTo("7")).body("[0].payerClaimNumber", equalTo("PAYER-CLM-9"));
        double duplicates = Metrics.value(Metrics.duplicates(ClaimPaymentEventsConsumer.CONSUMER));
        InboundEvents.publish(probe, request, eventId);
        Metrics.awaitAbove(Metrics.duplicates(ClaimPaymentEventsConsumer.CONSUMER), duplicates);
        assertHistory(claim, "READY", "SUBMITTING", "SUBMITTED", "DENIED", "REJECTED");

        given().header("X-Tenant-Id", claim.tenant()).header("X-User", "bea.biller").contentType(ContentType.JSON)
                .body("{\"memberId\":\"XYZ124\"}").patch("/claims/" + claim.claimId()).then().statusCode(200)
                .body("status", equalTo("REJECTED"));
        given().header("X-Tenant-Id", claim.tenant()).header("X-User", "bea.biller")
                .post("/claims/" + claim.claimId() + "/resubmit").then().statusCode(200)
                .body("status", equalTo("READY")).body("frequencyCode", equalTo("7"));
    }

    @Test
    void aCorrectionRequestForAClaimThePayerDoesNotHaveGoesToTheDeadLetterTopic() {
        SubmittedClaim claim = Claims.submitted(probe);
        ClaimCorrectionRequested request = new ClaimCorrectionRequested(claim.tenant(), claim.claimId(), "den-1",
                "rem-2", "BCBS01", null, List.of(), null, Instant.now());

        InboundEvents.publish(probe, request);

        List<TopicProbe.Received> dead = probe.await(record -> record.key().equals(claim.claimId()), 1, TIMEOUT,
                Duration.ofSeconds(1));
        assertThat(dead.get(0).header("dead-letter-reason")).contains("is SUBMITTED")
                .contains("does not apply to it");
        assertHistory(claim, "READY", "SUBMITTING", "SUBMITTED");
    }

    private static PaymentReversed reversal(SubmittedClaim claim, PaymentPosted reversed) {
        return new PaymentReversed(claim.tenant(), "pay-" + UUID.randomUUID(), reversed.paymentId(), claim.claimId(),
                "rem-3", "BCBS01", "PCN-1", new BigDecimal("100.00"),
                List.of(new Adjustment("PR", "3", new BigDecimal("25.00"))), Instant.now());
    }

    private static void assertHistory(SubmittedClaim claim, String... statuses) {
        given().header("X-Tenant-Id", claim.tenant()).get("/claims/" + claim.claimId()).then().statusCode(200)
                .body("history.status", contains(statuses)).body("status", equalTo(statuses[statuses.length - 1]));
    }

    private static ClaimDenied denial(SubmittedClaim claim) {
        return new ClaimDenied(claim.tenant(), claim.claimId(), "rem-2", "BCBS01", new BigDecimal("125.00"),
                List.of(new Adjustment("CO", "50", new BigDecimal("125.00"))), List.of("N115"), Instant.now());
    }

    private static PaymentPosted payment(SubmittedClaim claim, String claimStatusCode) {
        return new PaymentPosted(claim.tenant(), "pay-" + UUID.randomUUID(), claim.claimId(), "rem-1", "BCBS01",
                "PCN-1", claimStatusCode, new BigDecimal("125.00"), new BigDecimal("100.00"),
                new BigDecimal("25.00"), List.of(new Adjustment("PR", "3", new BigDecimal("25.00"))), Instant.now());
    }

    private static PatientResponsibilityDetermined responsibility(SubmittedClaim claim) {
        return new PatientResponsibilityDetermined(claim.tenant(), claim.claimId(), "P-100", "rem-1", "BCBS01",
                LocalDate.of(2026, 11, 20), new BigDecimal("125.00"), new BigDecimal("100.00"),
                new BigDecimal("25.00"), List.of(new Adjustment("PR", "3", new BigDecimal("25.00"))), Instant.now());
    }
}
