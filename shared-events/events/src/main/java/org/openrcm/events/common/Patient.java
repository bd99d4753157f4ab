package org.openrcm.events.common;

import java.time.LocalDate;

/**
 * The patient demographics a claim needs (837P 2010BA/2010CA) and a statement is mailed to. Events carry it only
 * where the receiving step needs it.
 *
 * @param sex F, M or U as in X12 DMG03
 */
public record Patient(String patientId, String firstName, String lastName, LocalDate birthDate, String sex,
        Address address) {
}
