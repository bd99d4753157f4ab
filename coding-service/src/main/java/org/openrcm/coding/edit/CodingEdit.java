package org.openrcm.coding.edit;

import static org.openrcm.coding.edit.EditSeverity.ERROR;
import static org.openrcm.coding.edit.EditSeverity.WARNING;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.openrcm.coding.codeset.CodeEntry;
import org.openrcm.coding.codeset.CodeSetKind;
import org.openrcm.coding.codeset.CodeSetSnapshot;
import org.openrcm.coding.codeset.ConventionRule;
import org.openrcm.coding.codeset.ConventionRule.Rule;
import org.openrcm.coding.codeset.MueLimit;
import org.openrcm.coding.codeset.PtpEdit;
import org.openrcm.coding.domain.ClinicalDocumentation;
import org.openrcm.coding.domain.ClinicalDocumentation.VisitType;
import org.openrcm.events.common.ProcedureLine;

/**
 * The coding edits, each with a stable id, a severity and a message a coder understands, checked against the code
 * sets in force on the date of service. An encounter is coded automatically only when no ERROR finding remains.
 */
public enum CodingEdit {

    /** There is something to bill: at least one diagnosis and one procedure. */
    CODES_REQUIRED("CODES-REQUIRED", ERROR) {
        @Override
        void check(EditContext context, List<EditFinding> findings) {
            if (context.diagnoses().isEmpty()) {
                findings.add(finding("diagnoses", "No diagnosis code; code the encounter from its documentation"));
            }
            if (context.procedures().isEmpty()) {
                findings.add(finding("procedures", "No procedure code; code the encounter from its documentation"));
            }
        }
    },

    /** The diagnosis is an ICD-10-CM code of the release in force on the date of service. */
    ICD_EXISTS("ICD-EXISTS", ERROR) {
        @Override
        void check(EditContext context, List<EditFinding> findings) {
            eachDiagnosis(context, (index, code) -> {
                Optional<CodeEntry> entry = context.codeSets().diagnosis(code);
                if (needsSeventhCharacter(context, code)) {
                    return;
                }
                if (entry.isEmpty()) {
                    findings.add(finding(diagnosisField(index), dotted(code) + " is not an ICD-10-CM code on "
                            + context.dateOfService() + " (release " + context.codeSets().release(CodeSetKind.ICD10CM)
                            + ")"));
                } else if (!entry.get().validOn(context.dateOfService())) {
                    findings.add(finding(diagnosisField(index), dotted(code) + " is not valid on "
                            + context.dateOfService()));
                }
            });
        }
    },

    /** A category or subcategory header is never billed: the code must be carried to its full specificity. */
    ICD_BILLABLE("ICD-BILLABLE", ERROR) {
        @Override
        void check(EditContext context, List<EditFinding> findings) {
            eachDiagnosis(context, (index, code) -> context.codeSets().diagnosis(code)
                    .filter(entry -> !entry.billable() && !needsSeventhCharacter(context, code))
                    .ifPresent(entry -> findings.add(finding(diagnosisField(index), dotted(code) + " ("
                            + entry.description() + ") is a header, not billable; choose a more specific code"
                            + " under it"))));
        }
    },

    /** The diagnosis fits the patient's age on the date of service (newborn, pediatric, adult, maternity codes). */
    ICD_AGE("ICD-AGE", ERROR) {
        @Override
        void check(EditContext context, List<EditFinding> findings) {
            int age = context.ageInYears();
            eachDiagnosis(context, (index, code) -> context.codeSets().conventions(Rule.AGE).stream()
                    .filter(rule -> rule.covers(code) && (age < rule.minAge() || age > rule.maxAge())).findFirst()
                    .ifPresent(rule -> findings.add(finding(diagnosisField(index), dotted(code) + " is for patients"
                            + " aged " + rule.minAge() + "-" + rule.maxAge() + "; this patient is " + age))));
        }
    },

    /** The diagnosis fits the patient's sex (pregnancy and female-only codes, prostate and male-only codes). */
    ICD_SEX("ICD-SEX", ERROR) {
        @Override
        void check(EditContext context, List<EditFinding> findings) {
            String sex = context.sex();
            if (!"F".equals(sex) && !"M".equals(sex)) {
                return;
            }
            eachDiagnosis(context, (index, code) -> context.codeSets().conventions(Rule.SEX).stream()
                    .filter(rule -> rule.covers(code) && !rule.value().equals(sex)).findFirst()
                    .ifPresent(rule -> findings.add(finding(diagnosisField(index), dotted(code) + " is for "
                            + ("F".equals(rule.value()) ? "female" : "male") + " patients only"))));
        }
    },

    /** Two codes an Excludes1 note says are never coded together. */
    ICD_EXCLUDES1("ICD-EXCLUDES1", ERROR) {
        @Override
        void check(EditContext context, List<EditFinding> findings) {
            List<String> codes = context.diagnoses();
            List<ConventionRule> rules = context.codeSets().conventions(Rule.EXCLUDES1);
            for (int i = 0; i < codes.size(); i++) {
                for (int j = i + 1; j < codes.size(); j++) {
                    String a = codes.get(i);
                    String b = codes.get(j);
                    if (rules.stream().anyMatch(rule -> rule.excludes(a, b))) {
                        findings.add(finding(diagnosisField(j), dotted(a) + " and " + dotted(b)
                                + " are never coded together (Excludes1); keep the one the documentation supports"));
                    }
                }
            }
        }
    },

    /** A manifestation code ("in diseases classified elsewhere") follows its underlying condition. */
    ICD_MANIFESTATION_FIRST("ICD-MANIFESTATION-FIRST", ERROR) {
        @Override
        void check(EditContext context, List<EditFinding> findings) {
            if (context.diagnoses().isEmpty()) {
                return;
            }
            String principal = context.diagnoses().get(0);
            if (context.codeSets().conventions(Rule.MANIFESTATION).stream().anyMatch(rule -> rule.covers(principal))) {
                findings.add(finding("diagnoses[0]", dotted(principal) + " is a manifestation code and cannot be"
                        + " first-listed; list the underlying condition first"));
            }
        }
    },

    /** Injury, external cause and other categories need the 7th character (A initial, D subsequent, S sequela). */
    ICD_7TH_CHAR("ICD-7TH-CHAR", ERROR) {
        @Override
        void check(EditContext context, List<EditFinding> findings) {
            eachDiagnosis(context, (index, code) -> {
                if (needsSeventhCharacter(context, code)) {
                    findings.add(finding(diagnosisField(index), dotted(code) + " needs a 7th character (e.g. A"
                            + " initial encounter, D subsequent, S sequela; X placeholders fill shorter codes)"));
                }
            });
        }
    },

    /** The procedure is a CPT (the practice's file or the starter list) or HCPCS code in force on the date. */
    CPT_EXISTS("CPT-EXISTS", ERROR) {
        @Override
        void check(EditContext context, List<EditFinding> findings) {
            for (int i = 0; i < context.procedures().size(); i++) {
                String code = context.procedures().get(i).code();
                CodeSetKind kind = CodeSetSnapshot.procedureKind(code);
                Optional<CodeEntry> entry = context.codeSets().procedure(code);
                if (entry.isEmpty()) {
                    findings.add(finding(procedureField(i), code + " is not a " + (kind == CodeSetKind.CPT ? "CPT"
                            : "HCPCS Level II") + " code on " + context.dateOfService() + " (release "
                            + context.codeSets().release(kind) + ")"));
                } else if (!entry.get().validOn(context.dateOfService())) {
                    findings.add(finding(procedureField(i), code + " is not valid on " + context.dateOfService()
                            + (entry.get().terminated() != null ? " (terminated " + entry.get().terminated() + ")"
                                    : " (added " + entry.get().effective() + ")")));
                }
            }
        }
    },

    /**
     * NCCI procedure-to-procedure edits: the column 2 code is not billed with the column 1 code, unless the
     * modifier indicator is 1 and a modifier (59, XE, XS, XP, XU; 25 on an E/M) shows a distinct service.
     */
    NCCI_PTP("NCCI-PTP", ERROR) {
        @Override
        void check(EditContext context, List<EditFinding> findings) {
            List<ProcedureLine> lines = context.procedures();
            for (PtpEdit edit : context.codeSets().ptpEdits()) {
                int column1 = indexOf(lines, edit.column1());
                int column2 = indexOf(lines, edit.column2());
                if (column1 < 0 || column2 < 0 || edit.modifierIndicator() == '9') {
                    continue;
                }
                if (edit.modifierIndicator() == '0') {
                    findings.add(finding(procedureField(column2), edit.column2() + " is bundled into "
                            + edit.column1() + " and never billed with it, not even with a modifier (NCCI, "
                            + edit.rationale() + ")"));
                } else if (!distinctService(lines.get(column1), edit.column1())
                        && !distinctService(lines.get(column2), edit.column2())) {
                    findings.add(finding(procedureField(column2), edit.column2() + " is bundled into "
                            + edit.column1() + " unless documented as a distinct service: add 59, XE, XS, XP or XU"
                            + " (25 on the E/M) when the documentation supports it (NCCI, " + edit.rationale() + ")"));
                }
            }
        }
    },

    /** Medically unlikely edits: no more units of a code than the MUE allows per line or per day. */
    MUE_UNITS("MUE-UNITS", ERROR) {
        @Override
        void check(EditContext context, List<EditFinding> findings) {
            Map<String, Integer> perDay = new HashMap<>();
            Map<String, Integer> firstLine = new HashMap<>();
            for (int i = 0; i < context.procedures().size(); i++) {
                ProcedureLine line = context.procedures().get(i);
                perDay.merge(line.code(), line.units(), Integer::sum);
                firstLine.putIfAbsent(line.code(), i);
                MueLimit limit = context.codeSets().mueLimits().get(line.code());
                if (limit != null && limit.adjudicationIndicator() == 1 && line.units() > limit.maxUnits()) {
                    findings.add(finding(procedureField(i) + ".units", line.code() + " billed " + line.units()
                            + " units on one line; the MUE allows " + limit.maxUnits()));
                }
            }
            perDay.forEach((code, units) -> {
                MueLimit limit = context.codeSets().mueLimits().get(code);
                if (limit != null && limit.adjudicationIndicator() != 1 && units > limit.maxUnits()) {
                    findings.add(finding(procedureField(firstLine.get(code)) + ".units", code + " billed " + units
                            + " units on the date of service; the MUE allows " + limit.maxUnits() + " per day"));
                }
            });
        }
    },

    /** Each service line points to one to four distinct diagnoses of the encounter. */
    DX_POINTERS("DX-POINTERS", ERROR) {
        @Override
        void check(EditContext context, List<EditFinding> findings) {
            int diagnoses = context.diagnoses().size();
            for (int i = 0; i < context.procedures().size(); i++) {
                List<Integer> pointers = context.procedures().get(i).diagnosisPointers();
                String field = procedureField(i) + ".diagnosisPointers";
                if (pointers.isEmpty() || pointers.size() > 4) {
                    findings.add(finding(field, "A service line points to 1-4 diagnoses, not " + pointers.size()));
                }
                Set<Integer> seen = new HashSet<>();
                for (int pointer : pointers) {
                    if (pointer < 1 || pointer > diagnoses) {
                        findings.add(finding(field, "Pointer " + pointer + " but the encounter has " + diagnoses
                                + " diagnoses"));
                    } else if (!seen.add(pointer)) {
                        findings.add(finding(field, "Pointer " + pointer + " is listed twice"));
                    }
                }
            }
        }
    },

    /** An office E/M level the documentation (total time or medical decision making) supports. */
    EM_LEVEL("EM-LEVEL", ERROR) {
        @Override
        void check(EditContext context, List<EditFinding> findings) {
            ClinicalDocumentation documentation = context.documentation();
            for (int i = 0; i < context.procedures().size(); i++) {
                String code = context.procedures().get(i).code();
                Optional<EmLevels.Family> family = EmLevels.family(code);
                if (family.isEmpty()) {
                    continue;
                }
                VisitType visit = documentation.visitType();
                if (visit == VisitType.NEW_PATIENT_OFFICE && family.get() == EmLevels.Family.ESTABLISHED
                        || visit == VisitType.ESTABLISHED_PATIENT_OFFICE && family.get() == EmLevels.Family.NEW) {
                    findings.add(finding(procedureField(i), code + " is an " + family.get().name().toLowerCase()
                            + "-patient visit but the visit is documented as " + visit));
                    continue;
                }
                if (code.equals("99211")) {
                    continue;
                }
                Optional<Integer> supported = EmLevels.supportedLevel(family.get(), documentation);
                int billed = EmLevels.level(code);
                if (supported.isEmpty()) {
                    if (visit != null) {
                        findings.add(new EditFinding(id(), WARNING, procedureField(i), code + ": neither total time"
                                + " nor medical decision making is documented, so the level cannot be verified"));
                    }
                } else if (billed > supported.get()) {
                    findings.add(finding(procedureField(i), code + " is not supported by the documentation ("
                            + describe(documentation) + "); it supports " + (supported.get() < 2 ? "no level of this"
                                    + " visit" : family.get().code(supported.get()))));
                } else if (billed < supported.get()) {
                    findings.add(new EditFinding(id(), WARNING, procedureField(i), code + " is below what the"
                            + " documentation supports (" + describe(documentation) + "): "
                            + family.get().code(supported.get())));
                }
            }
        }

        private static String describe(ClinicalDocumentation documentation) {
            List<String> parts = new ArrayList<>();
            if (documentation.totalMinutes() != null) {
                parts.add(documentation.totalMinutes() + " minutes");
            }
            if (documentation.mdmLevel() != null) {
                parts.add(documentation.mdmLevel().name().toLowerCase() + " MDM");
            }
            return String.join(", ", parts);
        }
    };

    /** Modifiers that show a service was distinct from another on the same day. */
    static final Set<String> DISTINCT_SERVICE_MODIFIERS = Set.of("59", "XE", "XS", "XP", "XU");

    private final String id;
    private final EditSeverity severity;

    CodingEdit(String id, EditSeverity severity) {
        this.id = id;
        this.severity = severity;
    }

    public String id() {
        return id;
    }

    abstract void check(EditContext context, List<EditFinding> findings);

    /** Every edit over the encounter, in the order above. */
    public static List<EditFinding> checkAll(EditContext context) {
        List<EditFinding> findings = new ArrayList<>();
        for (CodingEdit edit : values()) {
            edit.check(context, findings);
        }
        return List.copyOf(findings);
    }

    /** This edit alone, for its tests. */
    public List<EditFinding> checkOnly(EditContext context) {
        List<EditFinding> findings = new ArrayList<>();
        check(context, findings);
        return findings;
    }

    EditFinding finding(String field, String message) {
        return new EditFinding(id, severity, field, message);
    }

    private interface DiagnosisCheck {
        void check(int index, String code);
    }

    private static void eachDiagnosis(EditContext context, DiagnosisCheck check) {
        for (int i = 0; i < context.diagnoses().size(); i++) {
            check.check(i, context.diagnoses().get(i));
        }
    }

    private static boolean needsSeventhCharacter(EditContext context, String code) {
        return code.length() < 7 && context.codeSets().conventions(Rule.SEVENTH_CHARACTER).stream()
                .anyMatch(rule -> rule.covers(code));
    }

    private static boolean distinctService(ProcedureLine line, String code) {
        return line.modifiers().stream().anyMatch(DISTINCT_SERVICE_MODIFIERS::contains)
                || EmLevels.family(code).isPresent() && line.modifiers().contains("25");
    }

    private static int indexOf(List<ProcedureLine> lines, String code) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    static String diagnosisField(int index) {
        return "diagnoses[" + index + "]";
    }

    static String procedureField(int index) {
        return "procedures[" + index + "]";
    }

    /** ICD-10-CM codes are shown to coders with their dot after the third character. */
    static String dotted(String code) {
        return code.length() > 3 ? code.substring(0, 3) + "." + code.substring(3) : code;
    }
}
