package org.openrcm.claims.domain;

import java.time.LocalDate;

import org.openrcm.events.common.Address;

/**
 * The insured person when it is not the patient (837P 2010BA with the patient in 2000C/2010CA). Coding does not
 * send it; a biller adds it to a claim held with MISSING_SUBSCRIBER.
 *
 * @param sex F, M or U as in X12 DMG03
 */
public record Subscriber(String firstName, String lastName, LocalDate birthDate, String sex, Address address) {
}
