package org.openrcm.coding.domain;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

import org.openrcm.events.EventJson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * An encounter's submission as canonical JSON, and the fields in which a resend differs from it: a practice's retry
 * of the same visit is answered with what was taken in, a changed resend is a conflict listing the differences.
 */
final class Submissions {

    private static final int MAX_LISTED = 20;

    private Submissions() {
    }

    static String canonical(NewEncounter encounter) {
        try {
            return EventJson.mapper().writeValueAsString(encounter);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Encounter cannot be written as JSON", e);
        }
    }

    /** @return the JSON paths that differ, e.g. {@code diagnoses[0].code}, at most 20 */
    static List<String> differences(String stored, String resent) {
        try {
            List<String> paths = new ArrayList<>();
            diff("", EventJson.mapper().readTree(stored), EventJson.mapper().readTree(resent), paths);
            return paths.size() > MAX_LISTED ? paths.subList(0, MAX_LISTED) : paths;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored submission is not JSON", e);
        }
    }

    private static void diff(String path, JsonNode a, JsonNode b, List<String> paths) {
        if (a.isObject() && b.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                diff(path.isEmpty() ? name : path + "." + name, a.path(name), b.path(name), paths);
            }
        } else if (a.isArray() && b.isArray() && a.size() == b.size()) {
            Iterator<JsonNode> left = a.elements();
            Iterator<JsonNode> right = b.elements();
            for (int i = 0; left.hasNext(); i++) {
                diff(path + "[" + i + "]", left.next(), right.next(), paths);
            }
        } else if (!equalValues(a, b)) {
            paths.add(path);
        }
    }

    /** An absent field and an explicit null or empty list say the same. */
    private static boolean equalValues(JsonNode a, JsonNode b) {
        boolean aEmpty = a.isMissingNode() || a.isNull() || a.isArray() && a.isEmpty();
        boolean bEmpty = b.isMissingNode() || b.isNull() || b.isArray() && b.isEmpty();
        return aEmpty && bEmpty || a.equals(b);
    }
}
