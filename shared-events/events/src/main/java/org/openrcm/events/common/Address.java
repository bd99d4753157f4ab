package org.openrcm.events.common;

/** A postal address as X12 N3/N4 carry it. */
public record Address(String line1, String line2, String city, String state, String postalCode) {
}
