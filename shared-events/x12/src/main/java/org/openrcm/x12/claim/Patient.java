package org.openrcm.x12.claim;

import java.time.LocalDate;
import org.openrcm.x12.Address;

/**
 * Loop 2000C/2010CA: the patient when not the subscriber.
 *
 * @param relationshipCode PAT01 individual relationship code: {@code 01} spouse, {@code 19} child, {@code 20}
 *                         employee, {@code 21} unknown, {@code 39} organ donor, {@code 40} cadaver donor,
 *                         {@code 53} life partner, {@code G8} other relationship
 * @param lastName         NM103
 * @param firstName        NM104
 * @param birthDate        DMG02
 * @param sex              DMG03
 * @param address          N3/N4
 */
public record Patient(
    String relationshipCode,
    String lastName,
    String firstName,
    LocalDate birthDate,
    String sex,
    Address address) {
}
