package org.openrcm.x12;

/**
 * A postal address (N3/N4).
 *
 * @param line1      N301
 * @param line2      N302, optional
 * @param city       N401
 * @param state      N402 (US state code)
 * @param postalCode N403 (ZIP, 5 or 9 digits; billing provider addresses need 9)
 */
public record Address(String line1, String line2, String city, String state, String postalCode) {
}
