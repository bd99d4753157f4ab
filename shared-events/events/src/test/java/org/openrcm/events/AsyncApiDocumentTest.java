package org.openrcm.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The AsyncAPI document describes exactly the topics of {@link Topics} and the events of {@link EventCatalog}. */
class AsyncApiDocumentTest {

    private static final String LOCATION = "/asyncapi/openrcm-asyncapi.yaml";

    private static JsonNode document;
    private static Map<String, JsonNode> channelsByTopic;

    @BeforeAll
    static void parse() throws Exception {
        try (InputStream in = EventCatalog.class.getResourceAsStream(LOCATION)) {
            document = new YAMLMapper().readTree(in);
        }
        List<JsonNode> channels = new ArrayList<>();
        document.path("channels").forEach(channels::add);
        channelsByTopic = channels.stream()
                .collect(Collectors.toMap(channel -> channel.path("address").asText(), Function.identity()));
    }

    @Test
    void isAnAsyncApi3Document() {
        assertThat(document.path("asyncapi").asText()).isEqualTo("3.0.0");
    }

    @Test
    void describesEveryTopicWithItsKafkaBindingAndPartitions() {
        assertThat(channelsByTopic).containsOnlyKeys(Topics.ALL.stream().map(TopicSpec::name).toList());
        for (TopicSpec topic : Topics.ALL) {
            JsonNode binding = channelsByTopic.get(topic.name()).path("bindings").path("kafka");
            assertThat(binding.path("topic").asText()).as(topic.name()).isEqualTo(topic.name());
            assertThat(binding.path("partitions").asInt()).as(topic.name()).isEqualTo(topic.partitions());
        }
    }

    @Test
    void eventTopicsCarryExactlyTheCatalogEventsPublishedOnThem() {
        for (TopicSpec topic : Topics.EVENT_TOPICS) {
            List<String> expected = Arrays.stream(EventCatalog.values())
                    .filter(event -> event.topic().equals(topic)).map(EventCatalog::ceType).toList();

            assertThat(messages(topic).stream().map(AsyncApiDocumentTest::ceType))
                    .as(topic.name()).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void eventMessageCarriesCloudEventHeadersAKeyAndItsSchemaAsPayload(EventCatalog event) {
        JsonNode message = messages(event.topic()).stream()
                .filter(candidate -> ceType(candidate).equals(event.ceType())).findFirst().orElseThrow();

        assertThat(message.path("name").asText()).isEqualTo(event.eventName());
        assertThat(message.path("headers").path("allOf").path(0).path("$ref").asText())
                .isEqualTo("#/components/schemas/CloudEventHeaders");
        assertThat(message.path("bindings").path("kafka").path("key").path("type").asText()).isEqualTo("string");
        String payload = message.path("payload").path("schema").path("$ref").asText();
        String resolved = URI.create(LOCATION).resolve(payload).getPath();
        assertThat(resolved).isEqualTo(event.schemaResource());
        assertThat(EventCatalog.class.getResource(resolved)).as(resolved).isNotNull();
    }

    @Test
    void cloudEventHeadersAreTheBinaryModeAttributesAllRequired() {
        JsonNode headers = document.at("/components/schemas/CloudEventHeaders");
        List<String> names = List.of(CloudEventHeaders.ID, CloudEventHeaders.TYPE, CloudEventHeaders.SOURCE,
                CloudEventHeaders.TIME, CloudEventHeaders.SUBJECT, CloudEventHeaders.SPEC_VERSION,
                CloudEventHeaders.TENANT_ID, CloudEventHeaders.CONTENT_TYPE);

        assertThat(headers.path("properties").fieldNames()).toIterable().containsExactlyInAnyOrderElementsOf(names);
        assertThat(headers.path("required")).extracting(JsonNode::asText).containsExactlyInAnyOrderElementsOf(names);
        assertThat(headers.at("/properties/ce_specversion/const").asText())
                .isEqualTo(CloudEventHeaders.SPEC_VERSION_VALUE);
        assertThat(headers.at("/properties/content-type/const").asText()).isEqualTo(CloudEventHeaders.JSON);
    }

    @Test
    void deadLetterTopicsCarryTheOriginalRecordWithSmallRyeDeadLetterHeaders() {
        for (TopicSpec topic : Topics.DEAD_LETTER_TOPICS) {
            List<JsonNode> messages = messages(topic);

            assertThat(messages).as(topic.name()).hasSize(1);
            JsonNode headers = resolve(messages.get(0).path("headers"));
            assertThat(headers.path("properties").fieldNames()).toIterable().as(topic.name()).contains(
                    "dead-letter-reason", "dead-letter-cause", "dead-letter-topic", "dead-letter-partition",
                    "dead-letter-offset");
        }
    }

    @Test
    void everyChannelIsSentByAnOperation() {
        List<String> sent = new ArrayList<>();
        document.path("operations").forEach(operation -> {
            assertThat(operation.path("action").asText()).isEqualTo("send");
            sent.add(resolve(operation.path("channel")).path("address").asText());
        });

        assertThat(sent).containsExactlyInAnyOrderElementsOf(Topics.ALL.stream().map(TopicSpec::name).toList());
    }

    private static List<JsonNode> messages(TopicSpec topic) {
        List<JsonNode> messages = new ArrayList<>();
        channelsByTopic.get(topic.name()).path("messages").forEach(message -> messages.add(resolve(message)));
        return messages;
    }

    private static String ceType(JsonNode message) {
        return message.at("/headers/allOf/1/properties/ce_type/const").asText();
    }

    /** Follows a local reference ("#/components/..."); other nodes are returned as they are. */
    private static JsonNode resolve(JsonNode node) {
        return node.has("$ref") ? document.at(node.get("$ref").asText().substring(1)) : node;
    }
}
