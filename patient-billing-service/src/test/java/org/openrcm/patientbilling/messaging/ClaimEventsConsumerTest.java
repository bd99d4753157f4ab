package org.openrcm.patientbilling.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openrcm.patientbilling.Accounts.awaitAccount;
import static org.openrcm.patientbilling.Accounts.newTenant;
import static org.openrcm.patientbilling.BillingEvents.claimCreated;
import static org.openrcm.patientbilling.EventRecords.publish;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
import org.openrcm.events.claims.ClaimCreated;
import org.openrcm.events.claims.ClaimSubmitted;
import org.openrcm.patientbilling.Accounts;
import org.openrcm.patientbilling.BillingEvents;
import org.openrcm.patientbilling.EventRecords;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ClaimEventsConsumerTest {

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
    void aCreatedClaimOpensThePatientsAccountWithTheGuarantorsAddress() {
        publish(deadLetters, claimCreated(tenant, "clm-1", "P-1", "170.40"));

        JsonPath account = awaitAccount(tenant, "P-1", found -> found.get("guarantor") != null);

        assertThat(account.getString("balance")).isEqualTo("0.00");
        assertThat(account.getString("guarantor.firstName")).isEqualTo("Jane");
        assertThat(account.getString("guarantor.lastName")).isEqualTo("Doe");
        assertThat(account.getString("guarantor.mailingAddress.postalCode")).isEqualTo("62704");
        assertThat(account.getList("items")).isEmpty();
    }

    @Test
    void aLaterClaimOfThePatientUpdatesTheGuarantorsAddress() {
        publish(deadLetters, claimCreated(tenant, "clm-1", "P-1", "170.40"));
        awaitAccount(tenant, "P-1", found -> found.get("guarantor") != null);

        publish(deadLetters, claimCreated(tenant, "clm-2", "P-1", "95.00", BillingEvents.NEW_HOME,
                Instant.parse("2026-11-20T09:00:00Z")));

        JsonPath account = awaitAccount(tenant, "P-1",
                found -> "60611".equals(found.getString("guarantor.mailingAddress.postalCode")));
        assertThat(account.getString("guarantor.mailingAddress.line2")).isEqualTo("Apt 9");
    }

    @Test
    void poisonClaimRecordsGoToTheDeadLetterTopicWithTheReasonAndTheNextRecordIsProcessed() {
        String key = "clm-poison-" + UUID.randomUUID();
        ClaimCreated good = claimCreated(tenant, key, "P-9", "170.40");
        String ceType = EventCatalog.CLAIM_CREATED.ceType();
        String withoutAddress = EventRecords.json(good).replaceFirst(",\"address\":\\{[^}]*\\}", "");
        deadLetters.send(Topics.CLAIMS.name(), key, EventRecords.headers(ceType, good, UUID.randomUUID().toString()),
                withoutAddress);
        deadLetters.send(Topics.CLAIMS.name(), key, EventRecords.headers(ceType, good, UUID.randomUUID().toString()),
                "{\"tenantId\":");
        Map<String, String> withoutId = EventRecords.headers(ceType, good, UUID.randomUUID().toString());
        withoutId.remove(CloudEventHeaders.ID);
        deadLetters.send(Topics.CLAIMS.name(), key, withoutId, EventRecords.json(good));
        publish(deadLetters, good);

        List<TopicProbe.Received> dead = deadLetters.await(record -> key.equals(record.key()), 3,
                Duration.ofSeconds(30), Duration.ofSeconds(1));

        assertThat(dead).extracting(record -> record.header("dead-letter-reason")).satisfiesExactly(
                reason -> assertThat(reason).contains("breaks the schema").contains("address"),
                reason -> assertThat(reason).contains("not valid JSON"),
                reason -> assertThat(reason).contains("lacks the CloudEvents header " + CloudEventHeaders.ID));
        assertThat(dead).allSatisfy(record -> assertThat(record.header("dead-letter-topic"))
                .isEqualTo(Topics.CLAIMS.name()));
        awaitAccount(tenant, "P-9", found -> found.get("guarantor") != null);
    }

    @Test
    void claimEventsOtherThanCreatedAreSkipped() {
        String key = "clm-" + UUID.randomUUID();
        ClaimSubmitted submitted = new ClaimSubmitted(tenant, key, "enc-1", "P-7", "60054", "sub-1", "1",
                BillingEvents.money("170.40"), LocalDate.of(2026, 10, 14), Instant.parse("2026-10-16T02:00:00Z"), null, null,
                null);
        publish(deadLetters, submitted);
        deadLetters.send(Topics.CLAIMS.name(), key,
                EventRecords.headers("org.openrcm.claims.ClaimTeleported.v1", submitted, UUID.randomUUID().toString()),
                "{\"not\":\"a claim event this service knows\"}");
        publish(deadLetters, claimCreated(tenant, key, "P-8", "170.40"));

        awaitAccount(tenant, "P-8", found -> found.get("guarantor") != null);

        assertThat(Accounts.account(tenant, "P-7")).isEmpty();
        assertThat(deadLetters.await(record -> key.equals(record.key()), 1, Duration.ofSeconds(2), Duration.ZERO))
                .isEmpty();
    }
}
