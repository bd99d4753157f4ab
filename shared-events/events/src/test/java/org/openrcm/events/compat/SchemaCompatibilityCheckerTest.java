package org.openrcm.events.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The checker catches each kind of breaking change, names where it is, and lets compatible evolution pass. */
class SchemaCompatibilityCheckerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CLAIM_CREATED = "ClaimCreated.v1.schema.json";
    private static final String CLAIM_DENIED = "ClaimDenied.v1.schema.json";

    static Stream<Arguments> breakingChanges() {
        return Stream.of(
                breaking("property removed", CLAIM_CREATED,
                        schema -> object(schema, "/properties").remove("placeOfService"),
                        "/properties/placeOfService", "property removed"),
                breaking("nested property removed", CLAIM_CREATED,
                        schema -> object(schema, "/$defs/claimLine/properties").remove("units"),
                        "/$defs/claimLine/properties/units", "property removed"),
                breaking("type changed", CLAIM_CREATED,
                        schema -> object(schema, "/$defs/claimLine/properties/lineNumber").put("type", "string"),
                        "/$defs/claimLine/properties/lineNumber", "type changed from \"integer\" to \"string\""),
                breaking("property newly required", CLAIM_CREATED,
                        schema -> array(schema, "/$defs/coverage/required").add("groupNumber"),
                        "/$defs/coverage/required", "property \"groupNumber\" became required"),
                breaking("enum value removed", CLAIM_CREATED,
                        schema -> object(schema, "/$defs/patient/properties/sex").putArray("enum").add("F").add("M"),
                        "/$defs/patient/properties/sex/enum", "enum value \"U\" removed"),
                breaking("pattern changed", CLAIM_CREATED,
                        schema -> object(schema, "/$defs/money").put("pattern", "^[0-9]{1,10}\\.[0-9]{2}$"),
                        "/$defs/money", "pattern changed from \"^-?[0-9]{1,10}\\\\.[0-9]{2}$\" to"),
                breaking("pattern added to an existing property", CLAIM_CREATED,
                        schema -> object(schema, "/$defs/address/properties/line1").put("pattern", "^[A-Z]"),
                        "/$defs/address/properties/line1", "pattern changed from (none) to \"^[A-Z]\""),
                breaking("format changed", CLAIM_CREATED,
                        schema -> object(schema, "/$defs/date").put("format", "date-time"),
                        "/$defs/date", "format changed from \"date\" to \"date-time\""),
                breaking("additionalProperties turned false", CLAIM_CREATED,
                        schema -> ((ObjectNode) schema).put("additionalProperties", false),
                        "/additionalProperties", "additionalProperties turned false"),
                breaking("nested additionalProperties turned false", CLAIM_CREATED,
                        schema -> object(schema, "/$defs/address").put("additionalProperties", false),
                        "/$defs/address/additionalProperties", "additionalProperties turned false"),
                breaking("array item pattern changed", CLAIM_DENIED,
                        schema -> object(schema, "/properties/remarkCodes/items").put("pattern", "^[A-Z][0-9]{3}$"),
                        "/properties/remarkCodes/items", "pattern changed"),
                breaking("reference now points at a different definition", CLAIM_CREATED,
                        schema -> object(schema, "/properties/totalCharge").put("$ref", "#/$defs/id"),
                        "/properties/totalCharge", "pattern changed from \"^-?[0-9]{1,10}\\\\.[0-9]{2}$\" to (none)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakingChanges")
    void reportsBreakingChangeNamingSchemaAndPointer(String change, String schema, Consumer<JsonNode> edit,
            String pointer, String problem) throws Exception {
        JsonNode baseline = baseline(schema);
        JsonNode current = baseline.deepCopy();
        edit.accept(current);

        assertThat(SchemaCompatibilityChecker.compare(schema, baseline, current)).singleElement()
                .satisfies(found -> {
                    assertThat(found.schema()).isEqualTo(schema);
                    assertThat(found.pointer()).isEqualTo(pointer);
                    assertThat(found.problem()).startsWith(problem);
                    assertThat(found).hasToString(schema + "#" + found.pointer() + ": " + found.problem());
                });
    }

    @Test
    void acceptsCompatibleEvolution() throws Exception {
        JsonNode baseline = baseline(CLAIM_CREATED);
        ObjectNode current = baseline.deepCopy();
        object(current, "/properties").putObject("referringProviderNpi").put("$ref", "#/$defs/npi");
        array(current, "/$defs/patient/properties/sex/enum").add("X");
        array(current, "/$defs/coverage/required").remove(1);
        object(current, "/$defs/money").put("description", "Reworded.");
        object(current, "/$defs").putObject("unused").put("type", "string");

        assertThat(SchemaCompatibilityChecker.compare(CLAIM_CREATED, baseline, current)).isEmpty();
    }

    @Test
    void acceptsInliningAReferencedDefinition() throws Exception {
        JsonNode baseline = baseline(CLAIM_CREATED);
        ObjectNode current = baseline.deepCopy();
        object(current, "/properties").set("totalCharge", current.at("/$defs/money").deepCopy());

        assertThat(SchemaCompatibilityChecker.compare(CLAIM_CREATED, baseline, current)).isEmpty();
    }

    @Test
    void acceptsANewSchemaWithoutBaselineButReportsARemovedOne(@TempDir Path temp) throws Exception {
        Path baselineDirectory = Files.createDirectory(temp.resolve("baseline"));
        Path currentDirectory = Files.createDirectory(temp.resolve("current"));
        JSON.writeValue(baselineDirectory.resolve(CLAIM_CREATED).toFile(), baseline(CLAIM_CREATED));
        JSON.writeValue(currentDirectory.resolve(CLAIM_DENIED).toFile(), baseline(CLAIM_DENIED));
        Files.writeString(baselineDirectory.resolve("README.md"), "not a schema");

        assertThat(SchemaCompatibilityChecker.compareDirectories(baselineDirectory, currentDirectory))
                .containsExactly(new Incompatibility(CLAIM_CREATED, "", "schema removed"));
    }

    /**
     * The path PatientResponsibilityDetermined took from "a share to add" (v1) to "what the patient owes now" (v2):
     * written over v1 the change is reported as breaking, so it is published as v2 beside an unchanged v1.
     */
    @Test
    void patientResponsibilityV2WrittenOverV1WouldBreakSubscribersSoItIsPublishedBesideV1() throws Exception {
        String v1 = "PatientResponsibilityDetermined.v1.schema.json";
        JsonNode v2 = current("PatientResponsibilityDetermined.v2.schema.json");
        ObjectNode v2OverV1 = v2.deepCopy();
        v2OverV1.put("$id", baseline(v1).path("$id").asText());

        assertThat(SchemaCompatibilityChecker.compare(v1, baseline(v1), v2OverV1))
                .extracting(Incompatibility::toString).containsExactlyInAnyOrder(
                        v1 + "#/required: property \"previousAmount\" became required",
                        v1 + "#/required: property \"reason\" became required",
                        v1 + "#/required: property \"revision\" became required");
        assertThat(SchemaCompatibilityChecker.compare(v1, baseline(v1), current(v1))).isEmpty();
        assertThat(SchemaCompatibilityCheckerTest.class.getResource(
                "/schema-baseline/PatientResponsibilityDetermined.v2.schema.json")).isNull();
    }

    private static JsonNode current(String schema) throws Exception {
        try (InputStream in = SchemaCompatibilityCheckerTest.class.getResourceAsStream("/schemas/" + schema)) {
            return JSON.readTree(in);
        }
    }

    private static Arguments breaking(String change, String schema, Consumer<JsonNode> edit, String pointer,
            String problem) {
        return Arguments.of(change, schema, edit, pointer, problem);
    }

    private static JsonNode baseline(String schema) throws Exception {
        try (InputStream in = SchemaCompatibilityCheckerTest.class.getResourceAsStream("/schema-baseline/" + schema)) {
            return JSON.readTree(in);
        }
    }

    private static ObjectNode object(JsonNode schema, String pointer) {
        return (ObjectNode) schema.at(pointer);
    }

    private static ArrayNode array(JsonNode schema, String pointer) {
        return (ArrayNode) schema.at(pointer);
    }
}
