package org.openrcm.coding.codeset;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * The code sets coding-service imports, each read from the file as its publisher distributes it. The path name is
 * how the admin endpoint and {@code deploy/rcm codesets import} name the kind.
 */
public enum CodeSetKind {

    ICD10CM("icd10cm", Tables.CODES, Icd10cmOrderFileParser::new),
    HCPCS("hcpcs", Tables.CODES, HcpcsAnwebParser::new),
    CPT("cpt", Tables.CODES, CptCsvParser::new),
    NCCI_PTP("ncci-ptp", "ncci_ptp_edit (release_id, column1_code, column2_code, effective_date, deletion_date,"
            + " modifier_indicator, rationale)", NcciPtpParser::new),
    MUE("mue", "mue_limit (release_id, code, max_units, adjudication_indicator, rationale)", MueParser::new),
    CONVENTIONS("conventions", "coding_convention (release_id, rule, first_code, last_code, value, line_number)",
            ConventionsCsvParser::new);

    /** The table every kind of code goes to. */
    private static final class Tables {
        static final String CODES = "code_set_code (release_id, code, billable, short_description, long_description,"
                + " effective_date, termination_date)";
    }

    private final String pathName;
    private final String copyTarget;
    private final Supplier<CodeSetFileParser> parser;

    CodeSetKind(String pathName, String copyTarget, Supplier<CodeSetFileParser> parser) {
        this.pathName = pathName;
        this.copyTarget = copyTarget;
        this.parser = parser;
    }

    public String pathName() {
        return pathName;
    }

    /** The table and columns a release's rows are copied into; the release id comes first. */
    String copyTarget() {
        return copyTarget;
    }

    CodeSetFileParser parser() {
        return parser.get();
    }

    /** CPT is the AMA's: each practice loads the file it licenses, so its releases belong to a tenant. */
    public boolean tenantLicensed() {
        return this == CPT;
    }

    /** @return the kind a path names, or null */
    public static CodeSetKind ofPathName(String name) {
        return Arrays.stream(values()).filter(kind -> kind.pathName.equals(name)).findFirst().orElse(null);
    }
}
