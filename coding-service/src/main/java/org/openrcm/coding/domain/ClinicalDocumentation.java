package org.openrcm.coding.domain;

/**
 * What the provider documented about the visit, beyond the note text: the kind of visit, the total time spent on
 * the date of the encounter and the level of medical decision making, when documented. E/M levelling reads them.
 *
 * @param totalMinutes total practitioner time on the date of the encounter, or null
 * @param mdmLevel     the documented level of medical decision making, or null
 */
public record ClinicalDocumentation(VisitType visitType, Integer totalMinutes, MdmLevel mdmLevel) {

    public static final ClinicalDocumentation NONE = new ClinicalDocumentation(null, null, null);

    /** The kinds of visit E/M levelling tells apart. */
    public enum VisitType {
        NEW_PATIENT_OFFICE, ESTABLISHED_PATIENT_OFFICE, PREVENTIVE, OTHER
    }

    /** Medical decision making levels of the 2021 office E/M guidelines. */
    public enum MdmLevel {
        STRAIGHTFORWARD, LOW, MODERATE, HIGH
    }
}
