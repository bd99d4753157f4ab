package org.openrcm.patientbilling.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.openrcm.patientbilling.Accounts.awaitAccount;
import static org.openrcm.patientbilling.Accounts.awaitBalance;
import static org.openrcm.patientbilling.Accounts.newTenant;
import static org.openrcm.patientbilling.BillingEvents.claimCreated;
import static org.openrcm.patientbilling.BillingEvents.responsibility;
import static org.openrcm.patientbilling.EventRecords.publish;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openrcm.deploy.infra.TopicProbe;
import org.openrcm.events.CloudEventHeaders;
import org.openrcm.events.EventCatalog;
import org.openrcm.events.EventJson;
import org.openrcm.events.Topics;
import org.openrcm.events.patientbilling.PatientPaymentReceived;
import org.openrcm.events.payments.PatientPaymentPosted;
import org.openrcm.patientbilling.BillingEvents;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class PatientPaymentResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private String tenant;
    private String accountId;
    private TopicProbe accountEvents;

    @BeforeEach
    void setUp() {
        tenant = newTenant();
        accountEvents = new TopicProbe(bootstrapServers, Topics.PATIENT_ACCOUNTS.name());
        publish(accountEvents, claimCreated(tenant, "clm-1", "P-1", "170.40"));
        publish(accountEvents, responsibility(tenant, "clm-1", "P-1", "170.40", "98.12", "25.00"));
        accountId = awaitAccount(tenant, "P-1", account -> "25.00".equals(account.getString("balance"))
                && account.get("guarantor") != null).getString("accountId");
    }

    @AfterEach
    void closeProbe() {
        accountEvents.close();
    }

    @Test
    void aRetriedPaymentWithTheSameKeyReturnsTheSamePaymentAndChargesOnce() throws Exception {
        String body = "{\"method\":\"CARD\",\"amount\":\"10.00\",\"reference\":\"tok_visa_4242\",\"claimId\":\"clm-1\"}";

        String first = pay("key-1", body).statusCode(201).header("Idempotent-Replayed", "false")
                .body("status", equalTo("RECEIVED")).body("reference", equalTo("****4242"))
                .extract().path("paymentId");
        String retried = pay("key-1", body).statusCode(200).header("Idempotent-Replayed", "true")
                .extract().path("paymentId");

        assertThat(retried).isEqualTo(first);
        assertThat(awaitBalance(tenant, "P-1", "15.00").getList("items.kind")).containsExactly("CHARGE", "PAYMENT");
        List<TopicProbe.Received> received = paymentsReceived(1);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).key()).isEqualTo(accountId);
        PatientPaymentReceived event = EventJson.mapper().readValue(received.get(0).value(),
                PatientPaymentReceived.class);
        assertThat(event.paymentId()).isEqualTo(first);
        assertThat(event.amount()).isEqualByComparingTo("10.00");
        assertThat(event.method()).isEqualTo("CARD");
        assertThat(event.claimId()).isEqualTo("clm-1");
    }

    @Test
    void theSameKeyWithADifferentBodyIsRefusedAndNothingIsPosted() {
        pay("key-2", "{\"method\":\"CASH\",\"amount\":\"10.00\"}").statusCode(201);

        pay("key-2", "{\"method\":\"CASH\",\"amount\":\"12.00\"}").statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://openrcm.org/problems/idempotency-key-reused"));

        assertThat(awaitBalance(tenant, "P-1", "15.00").getList("items")).hasSize(2);
    }

    @Test
    void postingByPaymentsServiceMarksThePaymentPostedWithoutCreditingItTwice() {
        String paymentId = pay("key-3", "{\"method\":\"CHECK\",\"amount\":\"25.00\",\"reference\":\"1042\"}")
                .statusCode(201).extract().path("paymentId");

        publish(accountEvents, new PatientPaymentPosted(tenant, paymentId, "P-1", null,
                BillingEvents.money("25.00"), Instant.now()));

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "POSTED".equals(
                pay("key-3", "{\"method\":\"CHECK\",\"amount\":\"25.00\",\"reference\":\"1042\"}").statusCode(200)
                        .extract().path("status")));
        assertThat(awaitBalance(tenant, "P-1", "0.00").getList("items")).hasSize(2);
    }

    @Test
    void anOverpaymentBecomesACreditThatCanBeRefunded() {
        pay("key-4", "{\"method\":\"CASH\",\"amount\":\"40.00\"}").statusCode(201);
        awaitBalance(tenant, "P-1", "-15.00");
        given().header("X-Tenant-Id", tenant).get("/accounts/" + accountId + "/view").then().statusCode(200)
                .body("credit", equalTo("15.00")).body("amountDue", equalTo("0.00"));

        given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON)
                .body("{\"amount\":\"15.00\",\"note\":\"patient asked\"}")
                .post("/accounts/" + accountId + "/refunds").then().statusCode(400)
                .body("type", equalTo("https://openrcm.org/problems/missing-header"));
        given().header("X-Tenant-Id", tenant).header("X-User", "ann").contentType(ContentType.JSON)
                .body("{\"amount\":\"15.01\",\"note\":\"patient asked\"}")
                .post("/accounts/" + accountId + "/refunds").then().statusCode(422)
                .body("type", equalTo("https://openrcm.org/problems/excessive-amount"));
        given().header("X-Tenant-Id", tenant).header("X-User", "ann").contentType(ContentType.JSON)
                .body("{\"amount\":\"15.00\",\"note\":\"patient asked\"}")
                .post("/accounts/" + accountId + "/refunds").then().statusCode(201)
                .body("kind", equalTo("REFUND"));

        assertThat(awaitBalance(tenant, "P-1", "0.00").getList("items.kind")).contains("REFUND");
    }

    @Test
    void badPaymentsAreClearProblemsAndPostNothing() {
        String unknown = UUID.randomUUID().toString();
        given().header("X-Tenant-Id", tenant).header("Idempotency-Key", "k").contentType(ContentType.JSON)
                .body("{\"method\":\"CASH\",\"amount\":\"10.00\"}").post("/accounts/" + unknown + "/payments").then()
                .statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://openrcm.org/problems/not-found"))
                .body("detail", equalTo("No account " + unknown));
        pay("k-zero", "{\"method\":\"CASH\",\"amount\":\"0.00\"}").statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://openrcm.org/problems/validation"))
                .body("violations.field", hasItem("amount"));
        pay("k-negative", "{\"method\":\"CASH\",\"amount\":\"-5.00\"}").statusCode(400)
                .body("type", equalTo("https://openrcm.org/problems/validation"))
                .body("violations.field", hasItem("amount"));
        pay("k-cents", "{\"method\":\"CASH\",\"amount\":\"5.001\"}").statusCode(400)
                .body("violations.field", hasItem("amount"));
        pay("k-excessive", "{\"method\":\"CASH\",\"amount\":\"10000.01\"}").statusCode(422)
                .body("type", equalTo("https://openrcm.org/problems/excessive-amount"));
        pay("k-card", "{\"method\":\"CARD\",\"amount\":\"5.00\"}").statusCode(422)
                .body("type", equalTo("https://openrcm.org/problems/missing-reference"));
        pay("k-method", "{\"method\":\"BITCOIN\",\"amount\":\"5.00\"}").statusCode(400)
                .contentType("application/problem+json");
        given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON)
                .body("{\"method\":\"CASH\",\"amount\":\"10.00\"}").post("/accounts/" + accountId + "/payments")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("Header Idempotency-Key is required (1 to 100 characters)"));
        given().header("X-Tenant-Id", tenant).queryParam("size", 501).get("/accounts").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("size"));
        given().header("X-Tenant-Id", tenant).queryParam("size", 100000).get("/accounts/" + accountId + "/notes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("size"));

        assertThat(awaitBalance(tenant, "P-1", "25.00").getList("items")).hasSize(1);
        assertThat(paymentsReceived(0)).isEmpty();
    }

    @Test
    void anotherTenantsAccountDoesNotExistForPayments() {
        String other = newTenant();
        given().header("X-Tenant-Id", other).header("Idempotency-Key", "k").contentType(ContentType.JSON)
                .body("{\"method\":\"CASH\",\"amount\":\"10.00\"}").post("/accounts/" + accountId + "/payments")
                .then().statusCode(404);
    }

    private ValidatableResponse pay(String key, String body) {
        return given().header("X-Tenant-Id", tenant).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post("/accounts/" + accountId + "/payments").then();
    }

    private List<TopicProbe.Received> paymentsReceived(int expected) {
        return accountEvents.await(record -> tenant.equals(record.header(CloudEventHeaders.TENANT_ID))
                && EventCatalog.PATIENT_PAYMENT_RECEIVED.ceType().equals(record.header(CloudEventHeaders.TYPE)),
                expected, Duration.ofSeconds(30), Duration.ofSeconds(2));
    }
}
