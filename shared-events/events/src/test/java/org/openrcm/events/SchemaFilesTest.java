package org.openrcm.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The schema files and the catalog correspond one to one, and each file names the event it describes. */
class SchemaFilesTest {

    @Test
    void schemaFilesOnDiskAndCatalogEntriesCorrespondOneToOne() throws Exception {
        Path directory = Path.of(EventCatalog.class.getResource("/schemas").toURI());
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(
                            Arrays.stream(EventCatalog.values()).map(EventSchemas::fileName).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void schemaIsAnOpenDraft202012ObjectSchemaIdentifiedByItsFileName(EventCatalog event) throws Exception {
        JsonNode schema = EventSchemas.document(event);

        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("$id").asText()).isEqualTo(EventSchemas.ID_PREFIX + EventSchemas.fileName(event));
        assertThat(schema.path("title").asText()).isEqualTo(event.eventName());
        assertThat(schema.path("description").asText()).contains(event.ceType());
        assertThat(schema.path("type").asText()).isEqualTo("object");
        assertThat(schema.path("additionalProperties")).isEqualTo(BooleanNode.TRUE);
        assertThat(schema.path("required")).extracting(JsonNode::asText).contains("tenantId");
    }
}
