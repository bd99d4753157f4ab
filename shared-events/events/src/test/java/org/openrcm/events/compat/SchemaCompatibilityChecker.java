package org.openrcm.events.compat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Compares event schemas with their previous released version and reports every change that is not backward
 * compatible: a property removed, a type changed, a property newly required, an enum value removed, a pattern or
 * format changed, additionalProperties turned false. It walks properties, array items and {@code $defs}
 * recursively. Where a property keeps its {@code $ref}, the target is compared once, under {@code $defs}; where
 * the reference changed (or a definition was inlined) the two targets are compared in place, so that a
 * refactoring which accepts the same payloads is not reported.
 */
public final class SchemaCompatibilityChecker {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCHEMA_SUFFIX = ".schema.json";

    private SchemaCompatibilityChecker() {
    }

    /**
     * Compares each baseline schema with the current schema of the same file name. A current schema without a
     * baseline is a new event and compatible by definition; a baseline without a current schema was removed.
     */
    public static List<Incompatibility> compareDirectories(Path baselineDirectory, Path currentDirectory)
            throws IOException {
        List<Incompatibility> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(baselineDirectory)) {
            for (Path baseline : files.filter(file -> file.toString().endsWith(SCHEMA_SUFFIX)).sorted().toList()) {
                String name = baseline.getFileName().toString();
                Path current = currentDirectory.resolve(name);
                if (Files.exists(current)) {
                    found.addAll(compare(name, JSON.readTree(baseline.toFile()), JSON.readTree(current.toFile())));
                } else {
                    found.add(new Incompatibility(name, "", "schema removed"));
                }
            }
        }
        return found;
    }

    public static List<Incompatibility> compare(String schema, JsonNode baseline, JsonNode current) {
        List<Incompatibility> found = new ArrayList<>();
        new Walk(schema, baseline, current, found).compare("", baseline, current);
        return found;
    }

    private record Walk(String schema, JsonNode baselineRoot, JsonNode currentRoot, List<Incompatibility> found) {

        void compare(String pointer, JsonNode baseline, JsonNode current) {
            if (!Objects.equals(baseline.path("$ref"), current.path("$ref"))) {
                compare(pointer, resolve(baselineRoot, baseline), resolve(currentRoot, current));
                return;
            }
            changed(pointer, "type", baseline, current);
            changed(pointer, "pattern", baseline, current);
            changed(pointer, "format", baseline, current);
            if (current.has("enum")) {
                baseline.path("enum").forEach(value -> {
                    if (!contains(current.get("enum"), value)) {
                        report(pointer + "/enum", "enum value " + value + " removed");
                    }
                });
            }
            if (!isFalse(baseline.path("additionalProperties")) && isFalse(current.path("additionalProperties"))) {
                report(pointer + "/additionalProperties", "additionalProperties turned false");
            }
            current.path("required").forEach(name -> {
                if (!contains(baseline.path("required"), name)) {
                    report(pointer + "/required", "property " + name + " became required");
                }
            });
            baseline.path("properties").fieldNames().forEachRemaining(name -> {
                String child = pointer + "/properties/" + escape(name);
                JsonNode now = current.path("properties").path(name);
                if (now.isMissingNode()) {
                    report(child, "property removed");
                } else {
                    compare(child, baseline.get("properties").get(name), now);
                }
            });
            if (baseline.path("items").isObject() && current.path("items").isObject()) {
                compare(pointer + "/items", baseline.get("items"), current.get("items"));
            }
            if (baseline.path("additionalProperties").isObject() && current.path("additionalProperties").isObject()) {
                compare(pointer + "/additionalProperties", baseline.get("additionalProperties"),
                        current.get("additionalProperties"));
            }
            baseline.path("$defs").fieldNames().forEachRemaining(name -> {
                JsonNode now = current.path("$defs").path(name);
                // A definition no longer there is no break by itself: its former uses are compared in place.
                if (!now.isMissingNode()) {
                    compare(pointer + "/$defs/" + escape(name), baseline.get("$defs").get(name), now);
                }
            });
        }

        private void changed(String pointer, String keyword, JsonNode baseline, JsonNode current) {
            if (!baseline.path(keyword).equals(current.path(keyword))) {
                report(pointer, keyword + " changed from " + show(baseline.path(keyword)) + " to "
                        + show(current.path(keyword)));
            }
        }

        private void report(String pointer, String problem) {
            found.add(new Incompatibility(schema, pointer, problem));
        }

        /** Follows a local reference; the event schemas are self-contained, so no other kind occurs. */
        private JsonNode resolve(JsonNode root, JsonNode node) {
            if (!node.has("$ref")) {
                return node;
            }
            String reference = node.get("$ref").asText();
            if (!reference.startsWith("#")) {
                throw new IllegalArgumentException(schema + ": cannot follow non-local $ref " + reference);
            }
            return resolve(root, root.at(reference.substring(1)));
        }

        private static boolean contains(JsonNode array, JsonNode value) {
            for (JsonNode element : array) {
                if (element.equals(value)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean isFalse(JsonNode node) {
            return node.isBoolean() && !node.booleanValue();
        }

        private static String show(JsonNode node) {
            return node.isMissingNode() ? "(none)" : node.toString();
        }

        // RFC 6901: "~" and "/" inside a property name are escaped.
        private static String escape(String name) {
            return name.replace("~", "~0").replace("/", "~1");
        }
    }
}
