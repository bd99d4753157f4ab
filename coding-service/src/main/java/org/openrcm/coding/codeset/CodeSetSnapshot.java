package org.openrcm.coding.codeset;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the code sets in force on one date of service say about one encounter's codes: only the codes, edits and
 * limits that concern them, so the coding edits run in memory.
 *
 * @param diagnoses   ICD-10-CM entries of the diagnosis codes the release in force has (absent: not in it)
 * @param procedures  CPT and HCPCS entries of the procedure codes
 * @param ptpEdits    NCCI edits between the encounter's procedure codes active on the date
 * @param mueLimits   MUE limits of the encounter's procedure codes
 * @param conventions the ICD-10-CM conventions in force
 * @param releases    the release name in force per kind, for messages; a kind without one is absent
 */
public record CodeSetSnapshot(LocalDate dateOfService, Map<String, CodeEntry> diagnoses,
        Map<String, CodeEntry> procedures, List<PtpEdit> ptpEdits, Map<String, MueLimit> mueLimits,
        List<ConventionRule> conventions, Map<CodeSetKind, String> releases) {

    public Optional<CodeEntry> diagnosis(String code) {
        return Optional.ofNullable(diagnoses.get(code));
    }

    public Optional<CodeEntry> procedure(String code) {
        return Optional.ofNullable(procedures.get(code));
    }

    public List<ConventionRule> conventions(ConventionRule.Rule rule) {
        return conventions.stream().filter(convention -> convention.rule() == rule).toList();
    }

    /** The kind whose file lists a procedure code: HCPCS Level II starts with a letter, CPT with a digit. */
    public static CodeSetKind procedureKind(String code) {
        return Character.isLetter(code.charAt(0)) ? CodeSetKind.HCPCS : CodeSetKind.CPT;
    }

    /** @return the release in force of that kind, or "none" */
    public String release(CodeSetKind kind) {
        return releases.getOrDefault(kind, "none");
    }
}
