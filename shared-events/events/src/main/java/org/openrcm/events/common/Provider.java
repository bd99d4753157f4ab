package org.openrcm.events.common;

/** A rendering or billing provider, identified by its NPI. */
public record Provider(String npi, String firstName, String lastName) {
}
