package org.openrcm.claims.api;

/** The shapes of identifiers and codes the API takes. */
final class CodeFormats {

    /** CPT (5 digits, or 4 digits + F/T/U) or HCPCS Level II (a letter A-V + 4 digits). */
    static final String PROCEDURE = "^([0-9]{4}[0-9FTU]|[A-V][0-9]{4})$";
    static final String PROCEDURE_MESSAGE = "must be a CPT or HCPCS Level II code, e.g. 99213 or G0439";

    private CodeFormats() {
    }
}
