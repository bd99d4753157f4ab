package org.openrcm.claims.api;

/** The shapes of identifiers and codes the API takes. */
final class CodeFormats {

    /** CPT (5 digits, or 4 digits + F/T/U) or HCPCS Level II (a letter A-V + 4 digits). */
    static final String PROCEDURE = "^([0-9]{4}[0-9FTU]|[A-V][0-9]{4})$";
    static final String PROCEDURE_MESSAGE = "must be a CPT or HCPCS Level II code, e.g. 99213 or G0439";

    /** Health care provider taxonomy: 3 digits, 6 digits or capitals, X. */
    static final String TAXONOMY = "^[0-9]{3}[0-9A-Z]{6}X$";
    static final String TAXONOMY_MESSAGE = "must be a provider taxonomy code, e.g. 207Q00000X";

    /** An id that goes in an ISA/NM1 element: 2 to 15 capitals, digits or dashes. */
    static final String X12_ID = "^[0-9A-Z-]{2,15}$";
    static final String X12_ID_MESSAGE = "must be 2 to 15 capital letters, digits or dashes";

    /** A clearinghouse mailbox (route) name: it is a directory name under the drop root. */
    static final String ROUTE = "^[a-z0-9][a-z0-9-]{0,39}$";
    static final String ROUTE_MESSAGE = "must be a route name: lower-case letters, digits and dashes, at most 40";

    /** ICD-10-CM without the dot. */
    static final String DIAGNOSIS = "^[A-Z][0-9][0-9A-Z]{1,5}$";
    static final String DIAGNOSIS_MESSAGE = "must be an ICD-10-CM code without the dot, e.g. E119";

    static final String MODIFIER = "^[0-9A-Z]{2}$";
    static final String MODIFIER_MESSAGE = "must be a two-character modifier, e.g. 25";

    private CodeFormats() {
    }
}
