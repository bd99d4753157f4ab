package org.openrcm.plumbing.web;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail, served as {@code application/problem+json}.
 *
 * @param violations field-level detail for validation failures
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://openrcm.org/problems/";

    /** One invalid field: a JSON path like {@code procedures[0].code} and what is wrong with it. */
    public record Violation(String field, String message) {
    }

    public static Problem of(String type, String title, int status, String detail) {
        return new Problem(URI.create(TYPE_BASE + type), title, status, detail, List.of());
    }

    public static Problem of(String type, String title, int status, String detail, List<Violation> violations) {
        return new Problem(URI.create(TYPE_BASE + type), title, status, detail, violations);
    }
}
