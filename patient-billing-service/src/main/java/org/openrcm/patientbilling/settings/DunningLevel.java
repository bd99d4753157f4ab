package org.openrcm.patientbilling.settings;

/**
 * A dunning level: once the oldest open item of an account is {@code afterDays} old, its statement carries
 * {@code message}. Levels escalate; after a statement at the last level the account goes to collections.
 */
public record DunningLevel(int afterDays, String message) {
}
