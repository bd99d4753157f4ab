package org.openrcm.coding.api;

/** The shapes of codes as billed: without dots, upper case. */
final class CodeFormats {

    /** ICD-10-CM: a letter, a digit, then 1-5 of digit/letter; 3-7 characters (U07.1 and U09.9 are billable). */
    static final String ICD10CM = "^[A-Z][0-9][0-9A-Z]{1,5}$";
    static final String ICD10CM_MESSAGE = "must be an ICD-10-CM code without the dot, e.g. E119";
    /** CPT (5 digits, or 4 digits + F/T/U) or HCPCS Level II (a letter + 4 digits). */
    static final String PROCEDURE = "^([0-9]{4}[0-9FTU]|[A-V][0-9]{4})$";
    static final String PROCEDURE_MESSAGE = "must be a CPT or HCPCS Level II code, e.g. 99213 or G0439";

    private CodeFormats() {
    }
}
