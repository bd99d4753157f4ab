package org.openrcm.events;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** In-place edits of a JSON tree at a JSON pointer, to derive broken or trimmed payloads from valid ones. */
final class JsonPatches {

    private JsonPatches() {
    }

    static void remove(JsonNode root, String pointer) {
        JsonPointer path = JsonPointer.compile(pointer);
        JsonNode parent = root.at(path.head());
        if (parent instanceof ArrayNode array) {
            array.remove(path.last().getMatchingIndex());
        } else {
            ((ObjectNode) parent).remove(path.last().getMatchingProperty());
        }
    }

    static void replace(JsonNode root, String pointer, JsonNode value) {
        JsonPointer path = JsonPointer.compile(pointer);
        JsonNode parent = root.at(path.head());
        if (parent instanceof ArrayNode array) {
            array.set(path.last().getMatchingIndex(), value);
        } else {
            ((ObjectNode) parent).set(path.last().getMatchingProperty(), value);
        }
    }
}
