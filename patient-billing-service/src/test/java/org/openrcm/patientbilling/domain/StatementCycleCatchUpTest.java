package org.openrcm.patientbilling.domain;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openrcm.patientbilling.Accounts.awaitAccount;
import static org.openrcm.patientbilling.Accounts.awaitBalance;
import static org.openrcm.patientbilling.Accounts.newTenant;
import static org.openrcm.patientbilling.BillingEvents.claimCreated;
import static org.openrcm.patientbilling.BillingEvents.responsibility;
import static org.openrcm.patientbilling.EventRecords.publish;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.openrcm.deploy.infra.TopicProbe;
import org.openrcm.events.Topics;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A cycle day that passed while the service was down: the next start or tick runs it, once. */
@QuarkusTest
class StatementCycleCatchUpTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    StatementCycle cycle;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aCycleMissedWhileTheServiceWasDownRunsOnceAtTheNextStartAndNeverTwice() throws Exception {
        String tenant = newTenant();
        LocalDate missed = LocalDate.now(ZoneOffset.UTC).minusDays(2);
        given().contentType(ContentType.JSON).body("""
                {"timeZone":"UTC","cycleDay":%d,"dueDays":30,"minimumBalance":"0.01","writeOffThreshold":"0.00",
                 "dunningLevels":[],"practiceName":"Sunrise Family Medicine","collectionAgency":"acme-collections"}
                """.formatted(missed.getDayOfMonth())).put("/tenants/" + tenant + "/billing-settings").then()
                .statusCode(200);
        sql("UPDATE billing_settings SET updated_at = updated_at - interval '90 days' WHERE tenant_id = ?", tenant);
        String accountId;
        try (TopicProbe probe = new TopicProbe(bootstrapServers, Topics.PATIENT_ACCOUNTS.name())) {
            publish(probe, claimCreated(tenant, "clm-1", "P-1", "170.40"));
            publish(probe, responsibility(tenant, "clm-1", "P-1", "170.40", "98.12", "25.00"));
            accountId = awaitAccount(tenant, "P-1", account -> "25.00".equals(account.getString("balance"))
                    && account.get("guarantor") != null).getString("accountId");

            cycle.runDueTenants();
            assertThat(statements(accountId, tenant)).as("never cycled before: not due then").isZero();

            sql("INSERT INTO statement_cycle_run (tenant_id, cycle_date, started_at) VALUES (?, CAST(? AS date),"
                    + " now() - interval '30 days')", tenant, missed.minusMonths(1).toString());
            // two replicas starting at once
            CompletableFuture<Void> one = CompletableFuture.runAsync(cycle::runDueTenants);
            CompletableFuture<Void> other = CompletableFuture.runAsync(cycle::runDueTenants);
            CompletableFuture.allOf(one, other).join();
            assertThat(statements(accountId, tenant)).isEqualTo(1);
            assertThat(cycleDates(tenant)).containsExactly(missed.minusMonths(1), missed);

            // a restart right after the run: the new charge waits for the next cycle day
            publish(probe, claimCreated(tenant, "clm-2", "P-1", "170.40"));
            publish(probe, responsibility(tenant, "clm-2", "P-1", "170.40", "98.12", "10.00"));
            awaitBalance(tenant, "P-1", "35.00");
            cycle.runDueTenants();
            assertThat(statements(accountId, tenant)).isEqualTo(1);
            assertThat(cycleDates(tenant)).containsExactly(missed.minusMonths(1), missed);
        }
    }

    private static int statements(String accountId, String tenant) {
        return given().header("X-Tenant-Id", tenant).get("/accounts/" + accountId + "/statements").then()
                .statusCode(200).extract().jsonPath().getList("$").size();
    }

    private List<LocalDate> cycleDates(String tenant) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT cycle_date FROM statement_cycle_run WHERE tenant_id = ? ORDER BY cycle_date")) {
            query.setString(1, tenant);
            List<LocalDate> dates = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    dates.add(rows.getObject(1, LocalDate.class));
                }
            }
            return dates;
        }
    }

    private void sql(String statement, String... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setString(i + 1, parameters[i]);
            }
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
