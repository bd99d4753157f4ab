package org.openrcm.patientbilling.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openrcm.patientbilling.Accounts.newTenant;
import static org.openrcm.patientbilling.BillingEvents.claimCreated;
import static org.openrcm.patientbilling.BillingEvents.responsibility;
import static org.openrcm.patientbilling.EventRecords.publish;

import java.time.Duration;
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
    void theScheduledCycleBillsAnAccountOnceWithoutAnyoneAskingForARun() throws Exception {
        String tenant = newTenant();
        try (TopicProbe accountEvents = new TopicProbe(bootstrapServers, Topics.PATIENT_ACCOUNTS.name())) {
            publish(accountEvents, claimCreated(tenant, "clm-1", "P-1", "170.40"));
            publish(accountEvents, responsibility(tenant, "clm-1", "P-1", "170.40", "98.12", "25.00"));

            List<TopicProbe.Received> issued = accountEvents.await(
                    record -> tenant.equals(record.header(CloudEventHeaders.TENANT_ID)), 1, Duration.ofSeconds(60),
                    Duration.ofSeconds(3));

            assertThat(issued).hasSize(1);
            assertThat(EventJson.mapper().readValue(issued.get(0).value(), PatientStatementIssued.class).balanceDue())
                    .isEqualByComparingTo("25.00");
        }
    }
}
