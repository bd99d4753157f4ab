package org.openrcm.events.common;

/** An ICD-10-CM code as billed (without the dot); the first one listed is the principal diagnosis. */
public record Diagnosis(String code) {
}
