package org.openrcm.patientbilling.domain;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openrcm.patientbilling.Accounts.awaitAccount;
import static org.openrcm.patientbilling.Accounts.newTenant;
import static org.openrcm.patientbilling.BillingEvents.claimCreated;
import static org.openrcm.patientbilling.BillingEvents.responsibility;
import static org.openrcm.patientbilling.EventRecords.publish;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.openrcm.deploy.infra.TopicProbe;
import org.openrcm.events.CloudEventHeaders;
import org.openrcm.events.EventJson;
import org.openrcm.events.Topics;
import org.openrcm.events.patientbilling.PatientStatementIssued;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

@QuarkusTest
@TestProfile(ScheduledStatementCycleTest.EverySecond.class)
class ScheduledStatementCycleTest {

    /** The cycle as an every expression, short enough to watch it run. */
    public static class EverySecond implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("rcm.statements.cycle", "1s");
        }
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void theScheduledCycleBillsAnAccountOnItsCycleDayOnceWithoutAnyoneAskingForARun() throws Exception {
        String tenant = newTenant();
        LocalDate today = LocalDate.now(ZoneId.of("America/Chicago"));
        saveCycleDay(tenant, today.plusDays(1).getDayOfMonth());
        try (TopicProbe accountEvents = new TopicProbe(bootstrapServers, Topics.PATIENT_ACCOUNTS.name())) {
            publish(accountEvents, claimCreated(tenant, "clm-1", "P-1", "170.40"));
            publish(accountEvents, responsibility(tenant, "clm-1", "P-1", "170.40", "98.12", "25.00"));
            awaitAccount(tenant, "P-1", account -> "25.00".equals(account.getString("balance"))
                    && account.get("guarantor") != null);
            assertThat(accountEvents.await(record -> tenant.equals(record.header(CloudEventHeaders.TENANT_ID)), 1,
                    Duration.ofSeconds(3), Duration.ofSeconds(1))).as("not the cycle day").isEmpty();

            saveCycleDay(tenant, today.getDayOfMonth());
            List<TopicProbe.Received> issued = accountEvents.await(
                    record -> tenant.equals(record.header(CloudEventHeaders.TENANT_ID)), 1, Duration.ofSeconds(60),
                    Duration.ofSeconds(3));

            assertThat(issued).hasSize(1);
            assertThat(EventJson.mapper().readValue(issued.get(0).value(), PatientStatementIssued.class).balanceDue())
                    .isEqualByComparingTo("25.00");
        }
    }

    private static void saveCycleDay(String tenant, int cycleDay) {
        given().contentType(ContentType.JSON).body("""
                {"timeZone":"America/Chicago","cycleDay":%d,"dueDays":30,"minimumBalance":"0.01",
                 "writeOffThreshold":"0.00","dunningLevels":[],"practiceName":"Sunrise Family Medicine",
                 "collectionAgency":"acme-collections"}""".formatted(cycleDay))
                .put("/tenants/" + tenant + "/billing-settings").then().statusCode(200);
    }
}
