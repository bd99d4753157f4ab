package org.openrcm.events.common;

/**
 * One problem found by an edit or a scrubber.
 *
 * @param code    a stable machine-readable code, e.g. {@code NO_FEE_SCHEDULE_ENTRY}
 * @param field   the element at fault, e.g. {@code procedures[1].code}, or null for the whole object
 * @param message a human explanation for the work queue
 */
public record ValidationIssue(String code, String field, String message) {
}
