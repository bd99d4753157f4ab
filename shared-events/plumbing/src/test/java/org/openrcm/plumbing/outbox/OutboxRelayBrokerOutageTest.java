package org.openrcm.plumbing.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.Test;
import org.openrcm.deploy.infra.KraftBroker;
import org.openrcm.deploy.infra.SharedInfrastructure;
import org.openrcm.deploy.infra.TopicProbe;
import org.openrcm.events.CloudEventHeaders;
import org.openrcm.events.Topics;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** The broker goes away while events are written: they wait in the outbox, readiness says so, and none is lost. */
@QuarkusTest
class OutboxRelayBrokerOutageTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String TOPIC = Topics.CLAIMS.name();

    @Inject
    AgroalDataSource dataSource;
    @Inject
    OutboxRelay relay;
    @Inject
    @Readiness
    OutboxRelayHealthCheck health;

    @Test
    void rowsWrittenDuringABrokerOutageAreKeptReadinessGoesDownAndEachIsPublishedOnceWhenItIsBack() {
        OutboxRows rows = new OutboxRows(dataSource);
        KraftBroker broker = SharedInfrastructure.kafka();
        String aggregate = "outage-" + UUID.randomUUID();
        OutboxRows.Row before = rows.insert(TOPIC, aggregate, "{\"n\":0}");
        await().atMost(TIMEOUT).until(() -> rows.state(before.eventId()).sentAt() != null);

        List<OutboxRows.Row> during = new ArrayList<>();
        broker.close();
        try {
            for (int n = 1; n <= 20; n++) {
                during.add(rows.insert(TOPIC, aggregate, "{\"n\":" + n + "}"));
            }
            relay.wakeUp();
            await().atMost(TIMEOUT).until(() -> relay.failingSince().isPresent());
            await().atMost(TIMEOUT).until(() -> health.call().getStatus() == HealthCheckResponse.Status.DOWN);
            assertThat(during).allSatisfy(row -> assertThat(rows.state(row.eventId()).sentAt()).isNull());
        } finally {
            broker.restart();
        }

        await().atMost(TIMEOUT).until(() -> during.stream().allMatch(row -> rows.state(row.eventId()).sentAt()
                != null));
        await().atMost(TIMEOUT).until(() -> health.call().getStatus() == HealthCheckResponse.Status.UP);
        Set<String> ids = during.stream().map(row -> row.eventId().toString()).collect(Collectors.toSet());
        try (TopicProbe probe = new TopicProbe(broker.bootstrapServers(), TOPIC)) {
            List<TopicProbe.Received> received = probe.await(record -> aggregate.equals(record.key())
                    && ids.contains(record.header(CloudEventHeaders.ID)), ids.size(), TIMEOUT, Duration.ofSeconds(2));
            assertThat(received).hasSize(ids.size());
            assertThat(received.stream().map(record -> record.header(CloudEventHeaders.ID))).doesNotHaveDuplicates();
            assertThat(received.stream().map(record -> Integer.parseInt(record.value().replaceAll("\\D", ""))))
                    .isSorted();
        }
    }
}
