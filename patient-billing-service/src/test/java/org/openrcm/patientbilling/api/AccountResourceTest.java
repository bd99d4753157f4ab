package org.openrcm.patientbilling.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.openrcm.patientbilling.Accounts.awaitAccount;
import static org.openrcm.patientbilling.Accounts.newTenant;
import static org.openrcm.patientbilling.Accounts.runStatements;
import static org.openrcm.patientbilling.Billing.owedSince;
import static org.openrcm.patientbilling.BillingEvents.claimCreated;
import static org.openrcm.patientbilling.BillingEvents.responsibility;
import static org.openrcm.patientbilling.EventRecords.publish;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.openrcm.deploy.infra.TopicProbe;
import org.openrcm.events.Topics;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class AccountResourceTest {

    private static final String[] TENANT_SCOPED = { "/accounts", "/accounts/" + UUID.randomUUID(),
            "/accounts/" + UUID.randomUUID() + "/statements", "/statements/" + UUID.randomUUID() };

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void unknownTenantIs404AndMissingOrMalformedTenantIs400() {
        for (String path : TENANT_SCOPED) {
            given().header("X-Tenant-Id", "no-such-practice").get(path).then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://openrcm.org/problems/unknown-tenant"));
            given().get(path).then().statusCode(400).contentType("application/problem+json")
                    .body("violations.field", hasItem("X-Tenant-Id"));
        }
        given().header("X-Tenant-Id", "no-such-practice").post("/statement-runs").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://openrcm.org/problems/unknown-tenant"));
        given().post("/statement-runs").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("X-Tenant-Id"));
        given().header("X-Tenant-Id", "Not A Tenant!").post("/statement-runs").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://openrcm.org/problems/tenant-malformed"));
    }

    @Test
    void anotherTenantsAccountsAndStatementsAreInvisibleAndNotBilledByItsRun() {
        String tenant = newTenant();
        String other = newTenant();
        try (TopicProbe probe = new TopicProbe(bootstrapServers, Topics.PATIENT_ACCOUNTS.name())) {
            publish(probe, claimCreated(tenant, "clm-1", "P-1", "170.40"));
            publish(probe, responsibility(tenant, "clm-1", "P-1", "170.40", "98.12", "25.00"));
        }
        String accountId = awaitAccount(tenant, "P-1", account -> "25.00".equals(account.getString("balance"))
                && account.get("guarantor") != null).getString("accountId");

        assertThat(runStatements(other).getInt("statementsIssued")).isZero();
        assertThat(runStatements(tenant).getInt("statementsIssued")).isEqualTo(1);
        String statementId = given().header("X-Tenant-Id", tenant).get("/accounts/" + accountId + "/statements")
                .then().statusCode(200).extract().path("[0].statementId");

        given().header("X-Tenant-Id", other).get("/accounts").then().statusCode(200).body("size()", equalTo(0));
        given().header("X-Tenant-Id", other).get("/accounts/" + accountId).then().statusCode(404)
                .contentType("application/problem+json");
        given().header("X-Tenant-Id", other).get("/accounts/" + accountId + "/statements").then().statusCode(404)
                .contentType("application/problem+json");
        given().header("X-Tenant-Id", other).get("/statements/" + statementId).then().statusCode(404)
                .contentType("application/problem+json");
        given().header("X-Tenant-Id", tenant).get("/statements/" + statementId).then().statusCode(200)
                .body("accountId", equalTo(accountId));
    }

    @Test
    void unknownOrMalformedIdsAre404() {
        String tenant = newTenant();
        given().header("X-Tenant-Id", tenant).get("/accounts/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        given().header("X-Tenant-Id", tenant).get("/accounts/not-a-uuid").then().statusCode(404)
                .contentType("application/problem+json");
        given().header("X-Tenant-Id", tenant).get("/statements/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void pageParametersOutOfRangeAre400() {
        String tenant = newTenant();
        given().header("X-Tenant-Id", tenant).queryParam("size", 501).get("/accounts").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://openrcm.org/problems/validation"))
                .body("violations.field", contains("size"));
        given().header("X-Tenant-Id", tenant).queryParam("page", -1).queryParam("size", 0).get("/accounts").then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("page", "size"));
    }

    @Test
    void theBalanceAsOfADayIsReplayedFromTheAccountsHistory() {
        String tenant = newTenant();
        try (TopicProbe probe = new TopicProbe(bootstrapServers, Topics.PATIENT_ACCOUNTS.name())) {
            publish(probe, claimCreated(tenant, "clm-1", "P-1", "170.40"));
            publish(probe, owedSince(tenant, "clm-1", "P-1", "30.00", 40));
            publish(probe, claimCreated(tenant, "clm-2", "P-1", "170.40"));
            publish(probe, owedSince(tenant, "clm-2", "P-1", "20.00", 10));
        }
        String accountId = awaitAccount(tenant, "P-1", account -> "50.00".equals(account.getString("balance")))
                .getString("accountId");
        given().header("X-Tenant-Id", tenant).header("Idempotency-Key", "asof-1").contentType(ContentType.JSON)
                .body("{\"method\":\"CASH\",\"amount\":\"15.00\"}").post("/accounts/" + accountId + "/payments")
                .then().statusCode(201);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        assertThat(balanceAsOf(tenant, accountId, today.minusDays(50))).isEqualTo("0.00");
        assertThat(balanceAsOf(tenant, accountId, today.minusDays(20))).isEqualTo("30.00");
        assertThat(balanceAsOf(tenant, accountId, today.minusDays(5))).isEqualTo("50.00");
        given().header("X-Tenant-Id", tenant).get("/accounts/" + accountId + "/balance").then().statusCode(200)
                .body("asOf", equalTo(today.toString())).body("balance", equalTo("35.00"))
                .body("items.kind", contains("CHARGE", "CHARGE", "PAYMENT"));
        given().header("X-Tenant-Id", tenant).queryParam("asOf", "2026-13-01").get("/accounts/" + accountId
                + "/balance").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://openrcm.org/problems/validation"))
                .body("violations[0].field", equalTo("asOf"));
        given().header("X-Tenant-Id", newTenant()).get("/accounts/" + accountId + "/balance").then()
                .statusCode(404).contentType("application/problem+json");
    }

    @Test
    void notesOnAnAccountArePagedNewestFirstWithTheirAuthor() {
        String tenant = newTenant();
        try (TopicProbe probe = new TopicProbe(bootstrapServers, Topics.PATIENT_ACCOUNTS.name())) {
            publish(probe, claimCreated(tenant, "clm-1", "P-1", "170.40"));
        }
        String accountId = awaitAccount(tenant, "P-1", account -> true).getString("accountId");
        for (String text : List.of("called about the bill", "promised to pay Friday", "paid by phone")) {
            given().header("X-Tenant-Id", tenant).header("X-User", "ann").contentType(ContentType.JSON)
                    .body("{\"text\":\"" + text + "\"}").post("/accounts/" + accountId + "/notes").then()
                    .statusCode(201).body("author", equalTo("ann"));
        }

        given().header("X-Tenant-Id", tenant).queryParam("size", 2).get("/accounts/" + accountId + "/notes").then()
                .statusCode(200).body("text", contains("paid by phone", "promised to pay Friday"));
        given().header("X-Tenant-Id", tenant).queryParam("page", 1).queryParam("size", 2)
                .get("/accounts/" + accountId + "/notes").then().body("text", contains("called about the bill"));
        given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON).body("{\"text\":\"no author\"}")
                .post("/accounts/" + accountId + "/notes").then().statusCode(400)
                .contentType("application/problem+json");
        given().header("X-Tenant-Id", tenant).get("/accounts/" + UUID.randomUUID() + "/notes").then()
                .statusCode(404).contentType("application/problem+json");
    }

    private static String balanceAsOf(String tenant, String accountId, LocalDate asOf) {
        return given().header("X-Tenant-Id", tenant).queryParam("asOf", asOf.toString())
                .get("/accounts/" + accountId + "/balance").then().statusCode(200)
                .body("asOf", equalTo(asOf.toString())).extract().path("balance");
    }
}
