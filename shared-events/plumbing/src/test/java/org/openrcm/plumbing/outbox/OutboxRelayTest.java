package org.openrcm.plumbing.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openrcm.deploy.infra.TopicProbe;
import org.openrcm.events.CloudEventHeaders;
import org.openrcm.events.Topics;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.annotation.Identifier;

/** The relay against the real broker and database: refused rows parked per aggregate, competing relays. */
@QuarkusTest
class OutboxRelayTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String TOPIC = Topics.CLAIMS.name();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    OutboxRelay relay;
    @Inject
    @Readiness
    OutboxRelayHealthCheck health;
    @Inject
    OutboxConfig config;
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    private OutboxRows rows;
    private TopicProbe probe;

    @BeforeEach
    void open() {
        rows = new OutboxRows(dataSource);
        probe = new TopicProbe(bootstrapServers, TOPIC);
    }

    @AfterEach
    void close() {
        probe.close();
        rows.execute("UPDATE outbox SET sent_at = now() WHERE parked_at IS NOT NULL AND sent_at IS NULL");
    }

    @Test
    void aRowForAMissingTopicIsParkedItsAggregateWaitsBehindItAndEveryOtherAggregateFlows() throws Exception {
        String missingTopic = "rcm.test.missing-" + UUID.randomUUID();
        String held = "agg-" + UUID.randomUUID();
        String other = "agg-" + UUID.randomUUID();
        OutboxRows.Row refused = rows.insert(missingTopic, held, "{\"n\":1}");
        OutboxRows.Row behind = rows.insert(TOPIC, held, "{\"n\":2}");
        OutboxRows.Row flowing = rows.insert(TOPIC, other, "{\"n\":1}");

        relay.wakeUp();

        assertThat(probe.await(record -> other.equals(record.key()), 1, TIMEOUT, Duration.ofSeconds(2)))
                .hasSize(1);
        assertThat(probe.await(record -> held.equals(record.key()), 0, Duration.ZERO, Duration.ZERO)).isEmpty();
        await().atMost(TIMEOUT).until(() -> rows.state(refused.eventId()).parkedAt() != null);
        assertThat(rows.state(refused.eventId()).parkReason()).contains("Topic " + missingTopic + " does not exist");
        assertThat(rows.state(behind.eventId())).satisfies(state -> {
            assertThat(state.sentAt()).isNull();
            assertThat(state.parkedAt()).isNull();
        });
        assertThat(rows.state(flowing.eventId()).sentAt()).isNotNull();
        HealthCheckResponse response = health.call();
        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(response.getData().orElseThrow()).containsKey("oldestParkedSeq");
        assertThat((Long) response.getData().orElseThrow().get("parked")).isPositive();

        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(missingTopic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        assertThat(relay.releaseParked()).isPositive();

        assertThat(probe.await(record -> held.equals(record.key()), 1, TIMEOUT, Duration.ZERO)).hasSize(1);
        await().atMost(TIMEOUT).until(() -> rows.state(refused.eventId()).sentAt() != null
                && rows.state(behind.eventId()).sentAt() != null);
    }

    @Test
    void anOversizedRowIsParkedWithItsReasonAndTheNextRowsFlow() {
        String aggregate = "agg-" + UUID.randomUUID();
        String other = "agg-" + UUID.randomUUID();
        OutboxRows.Row oversized = rows.insert(TOPIC, aggregate, "{\"blob\":\"" + "x".repeat(2_000_000) + "\"}");
        rows.insert(TOPIC, other, "{\"n\":1}");

        relay.wakeUp();

        assertThat(probe.await(record -> other.equals(record.key()), 1, TIMEOUT, Duration.ZERO)).hasSize(1);
        await().atMost(TIMEOUT).until(() -> rows.state(oversized.eventId()).parkedAt() != null);
        assertThat(rows.state(oversized.eventId()).parkReason()).startsWith("RecordTooLargeException");
    }

    @Test
    void twoRelaysCompetingForOneDatabasePublishEveryRowOnceInAggregateOrder() {
        OutboxRelay rival = new OutboxRelay(dataSource, kafkaConfig, new SimpleMeterRegistry(), "plumbing-test",
                config);
        rival.start();
        try {
            List<String> aggregates = IntStream.range(0, 10).mapToObj(i -> "race-" + UUID.randomUUID()).toList();
            List<OutboxRows.Row> written = new ArrayList<>();
            for (int round = 0; round < 20; round++) {
                List<OutboxRows.Row> batch = new ArrayList<>();
                for (String aggregate : aggregates) {
                    for (int i = 0; i < 5; i++) {
                        batch.add(new OutboxRows.Row(UUID.randomUUID(), TOPIC, aggregate,
                                "{\"n\":" + (round * 5 + i) + "}"));
                    }
                }
                written.addAll(rows.insert(batch));
                relay.wakeUp();
                rival.wakeUp();
            }
            Set<String> keys = Set.copyOf(aggregates);

            List<TopicProbe.Received> received = probe.await(record -> keys.contains(record.key()), written.size(),
                    TIMEOUT, Duration.ofSeconds(2));

            assertThat(received).hasSize(written.size());
            assertThat(received.stream().map(record -> record.header(CloudEventHeaders.ID)).distinct().count())
                    .isEqualTo(written.size());
            Map<String, List<Integer>> byAggregate = received.stream().collect(Collectors.groupingBy(
                    TopicProbe.Received::key, Collectors.mapping(OutboxRelayTest::sequenceNumber,
                            Collectors.toList())));
            assertThat(byAggregate).hasSize(aggregates.size()).allSatisfy((aggregate, numbers) -> assertThat(
                    numbers).isSorted().hasSize(100));
        } finally {
            rival.stop();
        }
    }

    private static int sequenceNumber(TopicProbe.Received record) {
        return Integer.parseInt(record.value().replaceAll("\\D", ""));
    }
}
