package org.openrcm.coding.cac;

import java.time.LocalDate;

/**
 * What the suggester reads: the note and what is known about the patient.
 *
 * @param note the clinical note as written
 * @param dateOfService the visit date; the vocabulary is one release, so it does not select codes yet (a code set
 *     with effective dates can filter the suggestions by it)
 * @param ageYears the patient's age on the date of service, {@code null} when unknown (no age check then)
 * @param sex {@code F}, {@code M}, or {@code null}/anything else when unknown (no sex check then)
 */
public record SuggestionInput(String note, LocalDate dateOfService, Integer ageYears, String sex) {
}
