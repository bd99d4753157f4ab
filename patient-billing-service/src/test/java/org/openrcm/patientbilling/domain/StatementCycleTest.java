package org.openrcm.patientbilling.domain;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openrcm.patientbilling.Accounts.awaitAccount;
import static org.openrcm.patientbilling.Accounts.newTenant;
import static org.openrcm.patientbilling.BillingEvents.claimCreated;
import static org.openrcm.patientbilling.BillingEvents.responsibility;
import static org.openrcm.patientbilling.EventRecords.publish;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.openrcm.deploy.infra.TopicProbe;
import org.openrcm.events.CloudEventHeaders;
import org.openrcm.events.Topics;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class StatementCycleTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    StatementCycle cycle;

    @Test
    void aCycleBillsEveryActiveTenantAndNoInactiveOne() {
        List<String> tenants = List.of(newTenant(), newTenant(), newTenant());
        try (TopicProbe accountEvents = new TopicProbe(bootstrapServers, Topics.PATIENT_ACCOUNTS.name())) {
            for (String tenant : tenants) {
                publish(accountEvents, claimCreated(tenant, "clm-1", "P-1", "170.40"));
                publish(accountEvents, responsibility(tenant, "clm-1", "P-1", "170.40", "98.12", "25.00"));
            }
            for (String tenant : tenants) {
                awaitAccount(tenant, "P-1", account -> "25.00".equals(account.getString("balance"))
                        && account.get("guarantor") != null);
            }
            String inactive = tenants.get(2);
            given().contentType(ContentType.JSON).body("{\"name\":\"Closed Practice\",\"active\":false}")
                    .put("/admin/tenants/" + inactive).then().statusCode(200);

            cycle.runForEveryTenant();

            List<String> billed = accountEvents.await(record -> tenants.contains(record.header(CloudEventHeaders.TENANT_ID)),
                    2, Duration.ofSeconds(30), Duration.ofSeconds(2)).stream()
                    .map(record -> record.header(CloudEventHeaders.TENANT_ID)).toList();
            assertThat(billed).containsExactlyInAnyOrder(tenants.get(0), tenants.get(1));
        }
    }
}
