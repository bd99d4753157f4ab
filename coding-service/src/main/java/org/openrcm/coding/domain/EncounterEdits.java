package org.openrcm.coding.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.openrcm.events.common.Npi;
import org.openrcm.events.common.ValidationIssue;

/**
 * The checks an encounter must pass to be taken in at all, beyond the shape of the request: identifiers that check
 * out, dates that make sense, a known place of service, no diagnosis twice. Failing them is a 422 and nothing is
 * stored; the coding edits ({@code CodingEdit}) then decide between coded and review.
 */
public final class EncounterEdits {

    /** CMS place-of-service codes a professional claim commonly carries. */
    static final Set<String> PLACES_OF_SERVICE = Set.of("02", "03", "04", "05", "06", "07", "08", "09", "10", "11",
            "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "31", "32",
            "33", "34", "41", "42", "49", "50", "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62",
            "65", "71", "72", "81", "99");

    private EncounterEdits() {
    }

    public static List<ValidationIssue> check(NewEncounter encounter, LocalDate today) {
        List<ValidationIssue> issues = new ArrayList<>();
        if (!Npi.isValid(encounter.renderingProvider().npi())) {
            issues.add(new ValidationIssue("INVALID_NPI", "renderingProvider.npi",
                    "NPI " + encounter.renderingProvider().npi() + " fails its check digit"));
        }
        if (encounter.dateOfService().isAfter(today)) {
            issues.add(new ValidationIssue("SERVICE_DATE_IN_FUTURE", "dateOfService",
                    "Date of service " + encounter.dateOfService() + " is after today"));
        }
        LocalDate birthDate = encounter.patient().birthDate();
        if (birthDate != null && birthDate.isAfter(encounter.dateOfService())) {
            issues.add(new ValidationIssue("BIRTH_AFTER_SERVICE", "patient.birthDate",
                    "Patient born after the date of service"));
        }
        if (!PLACES_OF_SERVICE.contains(encounter.placeOfService())) {
            issues.add(new ValidationIssue("UNKNOWN_PLACE_OF_SERVICE", "placeOfService",
                    "Place of service " + encounter.placeOfService() + " is not a CMS place-of-service code"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < encounter.diagnoses().size(); i++) {
            if (!seen.add(encounter.diagnoses().get(i).code())) {
                issues.add(new ValidationIssue("DUPLICATE_DIAGNOSIS", "diagnoses[" + i + "]",
                        "Diagnosis " + encounter.diagnoses().get(i).code() + " is listed twice"));
            }
        }
        return issues;
    }
}
