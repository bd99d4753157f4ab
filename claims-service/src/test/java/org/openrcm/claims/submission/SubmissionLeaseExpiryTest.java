package org.openrcm.claims.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openrcm.claims.InboundEvents.line;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.openrcm.claims.ClaimTopic;
import org.openrcm.claims.Claims;
import org.openrcm.claims.ClearinghouseDrop;
import org.openrcm.claims.InboundEvents;
import org.openrcm.claims.Tenants;
import org.openrcm.deploy.infra.TopicProbe;
import org.openrcm.events.Topics;
import org.openrcm.events.claims.ClaimSubmitted;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A sender that crashed after opening a batch (claims SUBMITTING, the file written to no mailbox): the batch waits for
 * its lease, then the next round sends the same batch, once. The worker here opens no batch by itself (its rounds
 * wait an hour, READY claims wait an hour), so the test plays the sender that dies.
 */
@QuarkusTest
@TestProfile(SubmissionLeaseExpiryTest.CrashedSender.class)
class SubmissionLeaseExpiryTest {

    private static final Duration LEASE = Duration.ofSeconds(3);

    public static final class CrashedSender implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("rcm.submission.interval", "1h", "rcm.submission.max-wait", "1h",
                    "rcm.submission.lease", LEASE.toSeconds() + "s");
        }
    }

    @Inject
    ClaimSubmissionService submissions;

    @Inject
    SubmissionWorker worker;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aBatchItsSenderAbandonedIsSentOnceWhenItsLeaseRunsOut() throws InterruptedException {
        try (TopicProbe claims = new TopicProbe(bootstrapServers, Topics.CLAIMS.name())) {
            String tenant = Tenants.billing("99213", "125.00");
            InboundEvents.publish(claims, InboundEvents.encounterCoded(tenant, "enc-" + UUID.randomUUID(),
                    line("99213", 1)));
            Claims.awaitStatus(tenant, "READY");

            ClaimSubmissionService.OpenedBatch opened = submissions.open(tenant, ClearinghouseDrop.DEFAULT_ROUTE);
            assertThat(opened.submission()).isPresent();
            String submissionId = opened.submission().get().id();
            // ... and the sender dies here: nothing was sent.
            Claims.awaitStatus(tenant, "SUBMITTING");

            assertThat(ClearinghouseDrop.outbound(tenant)).isEmpty();

            Thread.sleep(LEASE.toMillis());
            worker.wakeUp();
            Claims.awaitStatus(tenant, "SUBMITTED");
            worker.wakeUp(); // a later round finds nothing left to send

            List<TopicProbe.Received> events = claims.await(ClaimTopic.ofTenant(tenant), 2, Duration.ofSeconds(30),
                    Duration.ofSeconds(2));
            assertThat(ClaimTopic.types(events)).containsExactly("ClaimCreated", "ClaimSubmitted");
            assertThat(ClaimTopic.read(events.get(1), ClaimSubmitted.class).submissionId()).isEqualTo(submissionId);
            assertThat(ClearinghouseDrop.outbound(tenant)).as("the same batch, sent once").hasSize(1);
        }
    }
}
