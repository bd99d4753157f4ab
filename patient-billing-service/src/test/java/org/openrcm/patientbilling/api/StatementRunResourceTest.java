package org.openrcm.patientbilling.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.openrcm.patientbilling.Accounts.awaitAccount;
import static org.openrcm.patientbilling.Accounts.awaitBalance;
import static org.openrcm.patientbilling.Accounts.newTenant;
import static org.openrcm.patientbilling.Accounts.runStatements;
import static org.openrcm.patientbilling.BillingEvents.claimCreated;
import static org.openrcm.patientbilling.BillingEvents.patientPayment;
import static org.openrcm.patientbilling.BillingEvents.responsibility;
import static org.openrcm.patientbilling.EventRecords.publish;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openrcm.deploy.infra.TopicProbe;
import org.openrcm.events.CloudEventHeaders;
import org.openrcm.events.EventCatalog;
import org.openrcm.events.EventJson;
import org.openrcm.events.Topics;
import org.openrcm.events.patientbilling.PatientStatementIssued;
import org.openrcm.patientbilling.BillingEvents;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class StatementRunResourceTest {

    private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration SETTLE = Duration.ofSeconds(2);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private String tenant;
    private TopicProbe accountEvents;

    @BeforeEach
    void setUp() {
        tenant = newTenant();
        accountEvents = new TopicProbe(bootstrapServers, Topics.PATIENT_ACCOUNTS.name());
    }

    @AfterEach
    void closeProbe() {
        accountEvents.close();
    }

    @Test
    void twoClaimsOfOnePatientAreBilledOnOneStatementWithTheExactBalance() throws Exception {
        publish(accountEvents, claimCreated(tenant, "clm-1", "P-1", "170.40"));
        publish(accountEvents, claimCreated(tenant, "clm-2", "P-1", "95.00"));
        publish(accountEvents, responsibility(tenant, "clm-1", "P-1", "170.40", "98.12", "25.00"));
        publish(accountEvents, responsibility(tenant, "clm-2", "P-1", "95.00", "60.00", "13.37"));
        String accountId = awaitAccount(tenant, "P-1", account -> "38.37".equals(account.getString("balance"))
                && account.get("guarantor") != null).getString("accountId");

        JsonPath run = runStatements(tenant);

        assertThat(run.getInt("statementsIssued")).isEqualTo(1);
        assertThat(run.getString("totalBalanceDue")).isEqualTo("38.37");
        assertThat(run.getInt("skippedWithoutAddress")).isZero();
        List<TopicProbe.Received> issued = statementsIssued(1);
        assertThat(issued).singleElement().satisfies(record -> {
            assertThat(record.key()).isEqualTo(accountId);
            assertThat(record.header(CloudEventHeaders.TYPE))
                    .isEqualTo(EventCatalog.PATIENT_STATEMENT_ISSUED.ceType());
            assertThat(record.header(CloudEventHeaders.SOURCE)).isEqualTo("/openrcm/patient-billing-service");
        });
        PatientStatementIssued statement = EventJson.mapper().readValue(issued.get(0).value(),
                PatientStatementIssued.class);
        assertThat(statement.accountId()).isEqualTo(accountId);
        assertThat(statement.patientId()).isEqualTo("P-1");
        assertThat(statement.previousBalance()).isEqualByComparingTo("0.00");
        assertThat(statement.newCharges()).isEqualByComparingTo("38.37");
        assertThat(statement.paymentsReceived()).isEqualByComparingTo("0.00");
        assertThat(statement.balanceDue()).isEqualByComparingTo("38.37");
        assertThat(statement.claimCount()).isEqualTo(2);
        assertThat(statement.dueDate()).isEqualTo(statement.statementDate().plusDays(30));
        assertThat(issued.get(0).value()).contains("\"balanceDue\":\"38.37\"");

        given().header("X-Tenant-Id", tenant).get("/accounts/" + accountId + "/statements").then().statusCode(200)
                .body("statementId", contains(statement.statementId()));
        JsonPath shown = given().header("X-Tenant-Id", tenant).get("/statements/" + statement.statementId())
                .then().statusCode(200).extract().jsonPath();
        assertThat(shown.getString("balanceDue")).isEqualTo("38.37");
        assertThat(shown.getString("mailedTo.mailingAddress.line1")).isEqualTo(BillingEvents.HOME.line1());
        assertThat(shown.getList("charges.claimId")).containsExactlyInAnyOrder("clm-1", "clm-2");
        assertThat(shown.getString("charges.find { it.claimId == 'clm-1' }.totalCharge")).isEqualTo("170.40");
        assertThat(shown.getString("charges.find { it.claimId == 'clm-1' }.insurancePaid")).isEqualTo("98.12");
        assertThat(shown.getString("charges.find { it.claimId == 'clm-1' }.patientAmount")).isEqualTo("25.00");
        assertThat(shown.getString("charges.find { it.claimId == 'clm-1' }.payer")).isEqualTo("Aetna");
        assertThat(shown.getString("charges.find { it.claimId == 'clm-1' }.dateOfService"))
                .isEqualTo(BillingEvents.DATE_OF_SERVICE.toString());
        assertThat(shown.getList("payments")).isEmpty();
        assertThat(awaitBalance(tenant, "P-1", "38.37").getList("items.statementId"))
                .containsOnly(statement.statementId());
    }

    @Test
    void aSecondRunWithoutNewActivityIssuesNothing() {
        publish(accountEvents, claimCreated(tenant, "clm-1", "P-1", "170.40"));
        publish(accountEvents, responsibility(tenant, "clm-1", "P-1", "170.40", "98.12", "25.00"));
        awaitAccount(tenant, "P-1", account -> "25.00".equals(account.getString("balance"))
                && account.get("guarantor") != null);
        assertThat(runStatements(tenant).getInt("statementsIssued")).isEqualTo(1);

        JsonPath second = runStatements(tenant);

        assertThat(second.getInt("statementsIssued")).isZero();
        assertThat(second.getString("totalBalanceDue")).isEqualTo("0.00");
        assertThat(statementsIssued(2)).hasSize(1);
    }

    @Test
    void responsibilityArrivingBeforeItsClaimWaitsForTheAddressAndIsBilledOnceItCame() throws Exception {
        publish(accountEvents, responsibility(tenant, "clm-1", "P-1", "170.40", "98.12", "25.00"));
        JsonPath account = awaitBalance(tenant, "P-1", "25.00");
        assertThat((Object) account.get("guarantor")).isNull();

        JsonPath withoutAddress = runStatements(tenant);

        assertThat(withoutAddress.getInt("statementsIssued")).isZero();
        assertThat(withoutAddress.getInt("skippedWithoutAddress")).isEqualTo(1);
        assertThat(awaitBalance(tenant, "P-1", "25.00").getList("items.statementId")).containsOnlyNulls();

        publish(accountEvents, claimCreated(tenant, "clm-1", "P-1", "170.40"));
        awaitAccount(tenant, "P-1", found -> found.get("guarantor") != null);
        JsonPath withAddress = runStatements(tenant);

        assertThat(withAddress.getInt("statementsIssued")).isEqualTo(1);
        assertThat(withAddress.getString("totalBalanceDue")).isEqualTo("25.00");
        assertThat(withAddress.getInt("skippedWithoutAddress")).isZero();
        List<TopicProbe.Received> issued = statementsIssued(1);
        assertThat(issued).hasSize(1);
        assertThat(EventJson.mapper().readValue(issued.get(0).value(), PatientStatementIssued.class).balanceDue())
                .isEqualByComparingTo("25.00");
    }

    @Test
    void theNextStatementCarriesThePreviousBalanceAndCreditsThePatientsPayments() throws Exception {
        publish(accountEvents, claimCreated(tenant, "clm-1", "P-1", "170.40"));
        publish(accountEvents, responsibility(tenant, "clm-1", "P-1", "170.40", "98.12", "25.00"));
        awaitAccount(tenant, "P-1", account -> "25.00".equals(account.getString("balance"))
                && account.get("guarantor") != null);
        runStatements(tenant);
        publish(accountEvents, patientPayment(tenant, "ppay-1", "P-1", "clm-1", "10.00"));
        publish(accountEvents, claimCreated(tenant, "clm-2", "P-1", "220.00"));
        publish(accountEvents, responsibility(tenant, "clm-2", "P-1", "220.00", "180.00", "40.00"));
        awaitBalance(tenant, "P-1", "55.00");

        JsonPath run = runStatements(tenant);

        assertThat(run.getString("totalBalanceDue")).isEqualTo("55.00");
        List<TopicProbe.Received> issued = statementsIssued(2);
        assertThat(issued).hasSize(2);
        PatientStatementIssued second = EventJson.mapper().readValue(issued.get(1).value(),
                PatientStatementIssued.class);
        assertThat(second.previousBalance()).isEqualByComparingTo("25.00");
        assertThat(second.newCharges()).isEqualByComparingTo("40.00");
        assertThat(second.paymentsReceived()).isEqualByComparingTo("10.00");
        assertThat(second.balanceDue()).isEqualByComparingTo("55.00");
        assertThat(second.claimCount()).isEqualTo(1);
        JsonPath shown = given().header("X-Tenant-Id", tenant).get("/statements/" + second.statementId())
                .then().statusCode(200).extract().jsonPath();
        assertThat(shown.getList("charges.claimId")).containsExactly("clm-2");
        assertThat(shown.getList("payments.paymentId")).containsExactly("ppay-1");
        assertThat(shown.getString("payments[0].amount")).isEqualTo("10.00");
        assertThat(shown.getString("payments[0].claimId")).isEqualTo("clm-1");
    }

    @Test
    void concurrentRunsOfOneTenantIssueEachStatementOnce() throws Exception {
        int patients = 12;
        for (int i = 1; i <= patients; i++) {
            publish(accountEvents, claimCreated(tenant, "clm-" + i, "P-" + i, "100.00"));
            publish(accountEvents, responsibility(tenant, "clm-" + i, "P-" + i, "100.00", "80.00", "20.00"));
        }
        for (int i = 1; i <= patients; i++) {
            awaitAccount(tenant, "P-" + i, account -> "20.00".equals(account.getString("balance"))
                    && account.get("guarantor") != null);
        }

        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<JsonPath>> runs = new ArrayList<>();
        try {
            Callable<JsonPath> run = () -> runStatements(tenant);
            for (int i = 0; i < 3; i++) {
                runs.add(pool.submit(run));
            }
            int issued = 0;
            for (Future<JsonPath> result : runs) {
                issued += result.get().getInt("statementsIssued");
            }
            assertThat(issued).isEqualTo(patients);
        } finally {
            pool.shutdown();
        }
        assertThat(statementsIssued(patients)).hasSize(patients)
                .extracting(TopicProbe.Received::key).doesNotHaveDuplicates();
    }

    private List<TopicProbe.Received> statementsIssued(int expected) {
        return accountEvents.await(record -> tenant.equals(record.header(CloudEventHeaders.TENANT_ID))
                && EventCatalog.PATIENT_STATEMENT_ISSUED.ceType().equals(record.header(CloudEventHeaders.TYPE)),
                expected, EVENT_TIMEOUT, SETTLE);
    }
}
