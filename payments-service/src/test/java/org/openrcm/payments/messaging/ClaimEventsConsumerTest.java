package org.openrcm.payments.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openrcm.deploy.infra.TopicProbe;
import org.openrcm.events.CloudEventHeaders;
import org.openrcm.events.EventCatalog;
import org.openrcm.events.Topics;
import org.openrcm.events.claims.ClaimSubmitted;
import org.openrcm.payments.ClaimEvents;
import org.openrcm.payments.PaymentsApi;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ClaimEventsConsumerTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private PaymentsApi api;
    private TopicProbe claims;
    private TopicProbe deadLetters;

    @BeforeEach
    void registerTenant() {
        api = PaymentsApi.newTenant();
        claims = new TopicProbe(bootstrapServers, Topics.CLAIMS.name());
        deadLetters = new TopicProbe(bootstrapServers, Topics.PAYMENTS_DLQ.name());
    }

    @AfterEach
    void closeProbes() {
        claims.close();
        deadLetters.close();
    }

    @Test
    void submittedClaimBecomesAnExpectedClaimWithItsCharge() {
        String claimId = newClaimId();

        ClaimEvents.send(claims, ClaimEvents.submitted(api.tenant(), claimId, "pat-7", "250.00"));

        api.awaitClaim(claimId);
        api.ledger(claimId).statusCode(200).body("patientId", equalTo("pat-7")).body("payerId", equalTo("BCBS01"))
                .body("dateOfService", equalTo(ClaimEvents.DATE_OF_SERVICE.toString()))
                .body("balance.chargeAmount", equalTo("250.00")).body("balance.insuranceBalance", equalTo("250.00"));
    }

    @Test
    void redeliveredClaimSubmittedChangesNothing() {
        String claimId = newClaimId();
        ClaimSubmitted submitted = ClaimEvents.submitted(api.tenant(), claimId, "pat-1", "250.00");
        String ceId = ClaimEvents.send(claims, submitted);
        api.awaitClaim(claimId);
        double duplicatesBefore = PaymentsApi.inboundDuplicates();

        ClaimEvents.send(claims, submitted, ceId);
        // The same event id with other content: had it been applied, the claim's charge would change.
        ClaimEvents.send(claims, ClaimEvents.submitted(api.tenant(), claimId, "pat-1", "999.00"), ceId);

        PaymentsApi.awaitInboundDuplicates(duplicatesBefore + 2);
        api.ledger(claimId).body("balance.chargeAmount", equalTo("250.00"));
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicWithTheReasonAndTheNextRecordIsStillProcessed() {
        String claimId = newClaimId();
        Map<String, String> headers = ClaimEvents.headers(UUID.randomUUID().toString(), EventCatalog.CLAIM_SUBMITTED,
                api.tenant(), claimId);
        String valid = ClaimEvents.json(ClaimEvents.submitted(api.tenant(), claimId, "pat-1", "250.00"));
        Map<String, String> withoutType = new HashMap<>(headers);
        withoutType.remove(CloudEventHeaders.TYPE);
        withoutType.put(CloudEventHeaders.ID, UUID.randomUUID().toString());

        claims.send(Topics.CLAIMS.name(), claimId, headers, "{\"tenantId\": \"" + api.tenant() + "\",");
        claims.send(Topics.CLAIMS.name(), claimId, withId(headers),
                valid.replace("\"totalCharge\":\"250.00\"", "\"totalCharge\":250.0"));
        claims.send(Topics.CLAIMS.name(), claimId, withoutType, valid);
        ClaimEvents.send(claims, ClaimEvents.submitted(api.tenant(), claimId, "pat-1", "250.00"));

        api.awaitClaim(claimId);
        List<TopicProbe.Received> dead = deadLetters.await(r -> claimId.equals(r.key()), 3, Duration.ofSeconds(30),
                Duration.ofSeconds(1));
        assertThat(dead).extracting(r -> r.header("dead-letter-reason")).satisfiesExactly(
                reason -> assertThat(reason).contains("not valid JSON"),
                reason -> assertThat(reason).contains("breaks the schema").contains("totalCharge"),
                reason -> assertThat(reason).contains("lacks the CloudEvents header ce_type"));
    }

    @Test
    void unroutedEventTypeIsSkippedWithoutBeingRead() {
        String claimId = newClaimId();
        claims.send(Topics.CLAIMS.name(), claimId, ClaimEvents.headers(UUID.randomUUID().toString(),
                EventCatalog.CLAIM_ACCEPTED, api.tenant(), claimId), "not even JSON");
        ClaimEvents.send(claims, ClaimEvents.submitted(api.tenant(), claimId, "pat-1", "250.00"));

        api.awaitClaim(claimId);
        assertThat(deadLetters.await(r -> claimId.equals(r.key()), 1, Duration.ofSeconds(2), Duration.ZERO))
                .isEmpty();
    }

    private static Map<String, String> withId(Map<String, String> headers) {
        Map<String, String> copy = new HashMap<>(headers);
        copy.put(CloudEventHeaders.ID, UUID.randomUUID().toString());
        return copy;
    }

    private static String newClaimId() {
        return "clm-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
