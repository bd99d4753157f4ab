package org.openrcm.events.common;

/**
 * A rendering or billing provider, identified by its NPI.
 *
 * @param firstName null for an organisation or a person known by one name (837P NM104 only when there is one)
 */
public record Provider(String npi, String firstName, String lastName) {
}
