package org.openrcm.deploy.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openrcm.events.TopicSpec;
import org.openrcm.events.Topics;

class KraftBrokerTest {

    @TempDir
    Path dataDir;

    @Test
    void startsWithEveryTopicAtItsPartitionCountAndCarriesRecords() throws Exception {
        try (KraftBroker broker = KraftBroker.start(dataDir, 0);
                Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            Map<String, TopicDescription> topics = admin.describeTopics(
                    Topics.ALL.stream().map(TopicSpec::name).toList()).allTopicNames().get(10, TimeUnit.SECONDS);
            for (TopicSpec spec : Topics.ALL) {
                assertThat(topics.get(spec.name()).partitions()).as(spec.name()).hasSize(spec.partitions());
            }

            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
                    broker.bootstrapServers()), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>(Topics.CLAIMS.name(), "claim-1", "hello")).get();
            }
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers",
                    broker.bootstrapServers(), "group.id", "kraft-broker-test", "auto.offset.reset", "earliest"),
                    new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(List.of(Topics.CLAIMS.name()));
                ConsumerRecords<String, String> records = ConsumerRecords.empty();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (records.isEmpty() && System.nanoTime() < deadline) {
                    records = consumer.poll(Duration.ofMillis(500));
                }
                assertThat(records.count()).isEqualTo(1);
                assertThat(records.iterator().next().value().getBytes(StandardCharsets.UTF_8)).isEqualTo(
                        "hello".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void restartsOnItsFormattedStorageKeepingTopics() throws Exception {
        try (KraftBroker first = KraftBroker.start(dataDir, 0)) {
            first.createTopics(List.of(new TopicSpec("rcm.test.kept", 2)));
        }
        try (KraftBroker second = KraftBroker.start(dataDir, 0);
                Admin admin = Admin.create(Map.of("bootstrap.servers", second.bootstrapServers()))) {
            Set<String> names = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            assertThat(names).contains("rcm.test.kept", Topics.CLAIMS.name());
        }
    }
}
