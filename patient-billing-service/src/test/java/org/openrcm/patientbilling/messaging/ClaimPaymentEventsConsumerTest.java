package org.openrcm.patientbilling.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openrcm.patientbilling.Accounts.awaitBalance;
import static org.openrcm.patientbilling.Accounts.newTenant;
import static org.openrcm.patientbilling.BillingEvents.owed;
import static org.openrcm.patientbilling.BillingEvents.patientPayment;
import static org.openrcm.patientbilling.BillingEvents.responsibility;
import static org.openrcm.patientbilling.EventRecords.publish;

import java.time.Duration;
import java.time.Instant;
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
import org.openrcm.events.payments.PatientResponsibilityDetermined;
import org.openrcm.events.payments.PaymentPosted;
import org.openrcm.patientbilling.Accounts;
import org.openrcm.patientbilling.BillingEvents;
import org.openrcm.patientbilling.EventRecords;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ClaimPaymentEventsConsumerTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private String tenant;
    private TopicProbe deadLetters;

    @BeforeEach
    void setUp() {
        tenant = newTenant();
        deadLetters = new TopicProbe(bootstrapServers, Topics.PATIENT_BILLING_DLQ.name());
    }

    @AfterEach
    void closeProbe() {
        deadLetters.close();
    }

    @Test
    void thePatientsShareOfAClaimIsAChargeOnAnAccountOpenedWithThePatientIdOnly() {
        publish(deadLetters, responsibility(tenant, "clm-1", "P-1", "170.40", "98.12", "25.00"));

        JsonPath account = awaitBalance(tenant, "P-1", "25.00");

        assertThat((Object) account.get("guarantor")).isNull();
        assertThat(account.getList("items")).hasSize(1);
        assertThat(account.getString("items[0].kind")).isEqualTo("CHARGE");
        assertThat(account.getString("items[0].claimId")).isEqualTo("clm-1");
        assertThat(account.getString("items[0].amount")).isEqualTo("25.00");
        assertThat(account.getString("items[0].insurancePaid")).isEqualTo("98.12");
        assertThat(account.getString("items[0].components[0].reasonCode")).isEqualTo("3");
        assertThat(account.getString("items[0].components[0].amount")).isEqualTo("25.00");
        assertThat((Object) account.get("items[0].statementId")).isNull();
    }

    @Test
    void afterOriginalReversalCorrectionAndSecondaryTheAccountOwesWhatTheLastDeterminationSays() {
        // As payments-service sends them: each original or secondary as v1 then v2, a reversal as v2 only.
        publish(deadLetters, responsibility(tenant, "clm-9", "P-9", "170.40", "98.12", "25.00"));
        publish(deadLetters, owed(tenant, "clm-9", "P-9", "25.00", "0.00", "ORIGINAL", 1));
        publish(deadLetters, owed(tenant, "clm-9", "P-9", "0.00", "25.00", "REVERSAL", 2));
        publish(deadLetters, responsibility(tenant, "clm-9", "P-9", "170.40", "108.12", "15.00"));
        publish(deadLetters, owed(tenant, "clm-9", "P-9", "15.00", "0.00", "CORRECTION", 3));
        publish(deadLetters, responsibility(tenant, "clm-9", "P-9", "170.40", "118.12", "5.00"));
        publish(deadLetters, owed(tenant, "clm-9", "P-9", "5.00", "15.00", "SECONDARY", 4));
        // A stale determination delivered late changes nothing.
        publish(deadLetters, owed(tenant, "clm-9", "P-9", "15.00", "0.00", "CORRECTION", 3));
        publish(deadLetters, patientPayment(tenant, "ppay-9", "P-9", "clm-9", "1.00"));

        JsonPath account = Accounts.awaitAccount(tenant, "P-9", found -> found.getList("items").stream()
                .anyMatch(item -> "PAYMENT".equals(((Map<?, ?>) item).get("kind"))));

        assertThat(account.getString("balance")).isEqualTo("4.00");
        assertThat(account.getList("items.amount", String.class)).containsExactlyInAnyOrder("25.00", "-25.00",
                "15.00", "5.00", "-15.00", "1.00");
        assertThat(account.getList("items.reason", String.class)).containsExactlyInAnyOrder(null, "REVERSAL", null,
                null, "SECONDARY", null);
    }

    @Test
    void aRedeliveredResponsibilityDoesNotDoubleTheBalance() {
        PatientResponsibilityDetermined share = responsibility(tenant, "clm-1", "P-1", "170.40", "98.12", "25.00");
        String eventId = UUID.randomUUID().toString();
        publish(deadLetters, share, eventId);
        publish(deadLetters, share, eventId);
        // Keyed by the same claim, so it is consumed after both deliveries above.
        publish(deadLetters, patientPayment(tenant, "ppay-1", "P-1", "clm-1", "10.00"));

        JsonPath account = Accounts.awaitAccount(tenant, "P-1", found -> found.getList("items").size() == 2);

        assertThat(account.getString("balance")).isEqualTo("15.00");
        assertThat(account.getList("items.kind")).containsExactly("CHARGE", "PAYMENT");
    }

    @Test
    void aPostedPatientPaymentLowersTheBalance() {
        publish(deadLetters, responsibility(tenant, "clm-1", "P-1", "170.40", "98.12", "25.00"));
        awaitBalance(tenant, "P-1", "25.00");

        publish(deadLetters, patientPayment(tenant, "ppay-1", "P-1", null, "30.00"));

        JsonPath account = awaitBalance(tenant, "P-1", "-5.00");
        assertThat(account.getString("items[1].kind")).isEqualTo("PAYMENT");
        assertThat(account.getString("items[1].paymentId")).isEqualTo("ppay-1");
        assertThat((Object) account.get("items[1].claimId")).isNull();
    }

    @Test
    void poisonPaymentRecordsGoToTheDeadLetterTopicWithTheReasonAndTheNextRecordIsProcessed() {
        String key = "clm-poison-" + UUID.randomUUID();
        PatientResponsibilityDetermined good = responsibility(tenant, key, "P-9", "170.40", "98.12", "25.00");
        String ceType = EventCatalog.PATIENT_RESPONSIBILITY_DETERMINED.ceType();
        deadLetters.send(Topics.CLAIM_PAYMENTS.name(), key,
                EventRecords.headers(ceType, good, UUID.randomUUID().toString()),
                EventRecords.json(good).replace("\"amount\":\"25.00\",\"components\"", "\"amount\":25.0,\"components\""));
        deadLetters.send(Topics.CLAIM_PAYMENTS.name(), key,
                EventRecords.headers(ceType, good, UUID.randomUUID().toString()), "not json at all");
        Map<String, String> withoutTenant = EventRecords.headers(ceType, good, UUID.randomUUID().toString());
        withoutTenant.remove(CloudEventHeaders.TENANT_ID);
        deadLetters.send(Topics.CLAIM_PAYMENTS.name(), key, withoutTenant, EventRecords.json(good));
        publish(deadLetters, good);

        List<TopicProbe.Received> dead = deadLetters.await(record -> key.equals(record.key()), 3,
                Duration.ofSeconds(30), Duration.ofSeconds(1));

        assertThat(dead).extracting(record -> record.header("dead-letter-reason")).satisfiesExactly(
                reason -> assertThat(reason).contains("breaks the schema").contains("amount"),
                reason -> assertThat(reason).contains("not valid JSON"),
                reason -> assertThat(reason).contains("lacks the CloudEvents header " + CloudEventHeaders.TENANT_ID));
        assertThat(dead).allSatisfy(record -> assertThat(record.header("dead-letter-topic"))
                .isEqualTo(Topics.CLAIM_PAYMENTS.name()));
        awaitBalance(tenant, "P-9", "25.00");
    }

    @Test
    void payerPostingsAreSkipped() {
        String key = "clm-" + UUID.randomUUID();
        publish(deadLetters, new PaymentPosted(tenant, "pay-1", key, "rem-1", "60054", "PCN-1", "1",
                BillingEvents.money("170.40"), BillingEvents.money("98.12"), BillingEvents.money("25.00"),
                List.of(), Instant.parse("2026-11-02T06:06:00Z")));
        publish(deadLetters, responsibility(tenant, key, "P-1", "170.40", "98.12", "25.00"));

        JsonPath account = awaitBalance(tenant, "P-1", "25.00");

        assertThat(account.getList("items")).hasSize(1);
        assertThat(deadLetters.await(record -> key.equals(record.key()), 1, Duration.ofSeconds(2), Duration.ZERO))
                .isEmpty();
    }
}
