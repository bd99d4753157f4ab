package org.openrcm.claims.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

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
import org.openrcm.events.payments.ClaimDenied;
import org.openrcm.events.payments.PatientResponsibilityDetermined;
import org.openrcm.events.payments.PaymentPosted;

import io.quarkus.test.junit.QuarkusTest;

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
