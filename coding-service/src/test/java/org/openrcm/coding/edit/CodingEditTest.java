package org.openrcm.coding.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openrcm.coding.codeset.CodeEntry;
import org.openrcm.coding.codeset.CodeSetKind;
import org.openrcm.coding.codeset.CodeSetSnapshot;
import org.openrcm.coding.codeset.ConventionRule;
import org.openrcm.coding.codeset.ConventionRule.Rule;
import org.openrcm.coding.codeset.MueLimit;
import org.openrcm.coding.codeset.PtpEdit;
import org.openrcm.coding.domain.ClinicalDocumentation;
import org.openrcm.coding.domain.ClinicalDocumentation.MdmLevel;
import org.openrcm.coding.domain.ClinicalDocumentation.VisitType;
import org.openrcm.events.common.ProcedureLine;

/** One passing and one failing case per coding edit, over code sets held in memory. */
class CodingEditTest {

    private static final LocalDate DOS = LocalDate.of(2026, 11, 20);
    private static final LocalDate ADULT = LocalDate.of(1980, 5, 1);

    private static final Map<String, CodeEntry> ICD = entries(
            "E11", false, "E119", true, "E109", true, "I10", true, "Z0000", true, "N400", true, "E1142", true,
            "G63", true, "S93401", false, "S93401A", true, "M545", false, "M5450", true, "J449", true, "J42", true);
    private static final Map<String, CodeEntry> PROCEDURES = procedures();
    private static final List<ConventionRule> CONVENTIONS = List.of(
            new ConventionRule(Rule.EXCLUDES1, "E11", "E11", "E10"),
            new ConventionRule(Rule.EXCLUDES1, "J44", "J44", "J42"),
            new ConventionRule(Rule.MANIFESTATION, "G63", "G63", null),
            new ConventionRule(Rule.SEVENTH_CHARACTER, "S00", "T88", null),
            new ConventionRule(Rule.AGE, "Z0000", "Z0001", "18-124"),
            new ConventionRule(Rule.SEX, "N40", "N53", "M"));
    private static final List<PtpEdit> PTP = List.of(
            new PtpEdit("93000", "93005", '0', "CPT Manual or CMS manual coding instructions"),
            new PtpEdit("20610", "99213", '1', "Standards of medical / surgical practice"),
            new PtpEdit("99213", "96372", '1', "Standards of medical / surgical practice"),
            new PtpEdit("80053", "36415", '9', "Misuse of column two code with column one code"));
    private static final Map<String, MueLimit> MUE = Map.of("36415", new MueLimit("36415", 2, 2),
            "96372", new MueLimit("96372", 4, 1), "99213", new MueLimit("99213", 1, 2));

    @Test
    void codesRequiredPassesWithCodesAndFailsWithoutADiagnosis() {
        assertThat(ids(CodingEdit.CODES_REQUIRED, context(List.of("E119"), line("99213")))).isEmpty();
        assertThat(ids(CodingEdit.CODES_REQUIRED, context(List.of(), line("99213")))).containsExactly("CODES-REQUIRED");
    }

    @Test
    void icdExistsPassesACodeInForceAndFailsOneTheReleaseDoesNotHave() {
        assertThat(ids(CodingEdit.ICD_EXISTS, context(List.of("E119", "I10"), line("99213")))).isEmpty();
        List<EditFinding> findings = CodingEdit.ICD_EXISTS.checkOnly(context(List.of("E119", "Z9989"), line("99213")));
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.field()).isEqualTo("diagnoses[1]");
            assertThat(finding.message()).contains("Z99.89").contains("2026-11-20");
        });
    }

    @Test
    void icdBillablePassesAFullCodeAndFailsACategoryHeader() {
        assertThat(ids(CodingEdit.ICD_BILLABLE, context(List.of("M5450"), line("99213")))).isEmpty();
        List<EditFinding> findings = CodingEdit.ICD_BILLABLE.checkOnly(context(List.of("M545"), line("99213")));
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.editId()).isEqualTo("ICD-BILLABLE");
            assertThat(finding.message()).contains("M54.5").contains("header");
        });
    }

    @Test
    void icdAgePassesAnAdultExamForAnAdultAndFailsItForAChild() {
        assertThat(ids(CodingEdit.ICD_AGE, context(List.of("Z0000"), line("99213")))).isEmpty();
        EditContext child = new EditContext(DOS, LocalDate.of(2018, 1, 1), "F", List.of("Z0000"), List.of(line("99213")),
                ClinicalDocumentation.NONE, snapshot());
        assertThat(CodingEdit.ICD_AGE.checkOnly(child)).singleElement()
                .satisfies(finding -> assertThat(finding.message()).contains("aged 18-124").contains("is 8"));
    }

    @Test
    void icdSexPassesAProstateCodeForAManAndFailsItForAWoman() {
        assertThat(ids(CodingEdit.ICD_SEX, withSex("M", List.of("N400")))).isEmpty();
        assertThat(ids(CodingEdit.ICD_SEX, withSex("U", List.of("N400")))).isEmpty();
        assertThat(CodingEdit.ICD_SEX.checkOnly(withSex("F", List.of("N400")))).singleElement()
                .satisfies(finding -> assertThat(finding.message()).contains("male patients only"));
    }

    @Test
    void excludes1PassesUnrelatedCodesAndFailsAPairNeverCodedTogether() {
        assertThat(ids(CodingEdit.ICD_EXCLUDES1, context(List.of("E119", "I10"), line("99213")))).isEmpty();
        assertThat(ids(CodingEdit.ICD_EXCLUDES1, context(List.of("E119", "E109"), line("99213"))))
                .containsExactly("ICD-EXCLUDES1");
        assertThat(ids(CodingEdit.ICD_EXCLUDES1, context(List.of("J42", "I10", "J449"), line("99213"))))
                .containsExactly("ICD-EXCLUDES1");
    }

    @Test
    void manifestationPassesAfterItsUnderlyingConditionAndFailsFirstListed() {
        assertThat(ids(CodingEdit.ICD_MANIFESTATION_FIRST, context(List.of("E1142", "G63"), line("99213")))).isEmpty();
        assertThat(ids(CodingEdit.ICD_MANIFESTATION_FIRST, context(List.of("G63", "E1142"), line("99213"))))
                .containsExactly("ICD-MANIFESTATION-FIRST");
    }

    @Test
    void seventhCharacterPassesAnInjuryWithItAndFailsOneWithoutReportedOnceOnly() {
        assertThat(ids(CodingEdit.ICD_7TH_CHAR, context(List.of("S93401A"), line("99213")))).isEmpty();
        EditContext without = context(List.of("S93401"), line("99213"));
        assertThat(CodingEdit.checkAll(without)).extracting(EditFinding::editId).containsExactly("ICD-7TH-CHAR");
    }

    @Test
    void procedureExistsPassesACodeInForceAndFailsAnUnknownOrTerminatedOne() {
        assertThat(ids(CodingEdit.CPT_EXISTS, context(List.of("E119"), line("99213"), line("G0439")))).isEmpty();
        assertThat(ids(CodingEdit.CPT_EXISTS, context(List.of("E119"), line("99299")))).containsExactly("CPT-EXISTS");
        assertThat(CodingEdit.CPT_EXISTS.checkOnly(context(List.of("E119"), line("G0101")))).singleElement()
                .satisfies(finding -> assertThat(finding.message()).contains("terminated 2024-12-31"));
    }

    @Test
    void ncciIndicatorZeroFailsEvenWithAModifier() {
        assertThat(ids(CodingEdit.NCCI_PTP, context(List.of("I10"), line("93000"), line("93005", "59"))))
                .containsExactly("NCCI-PTP");
    }

    @Test
    void ncciIndicatorOnePassesWithADistinctServiceModifierAndFailsWithout() {
        assertThat(ids(CodingEdit.NCCI_PTP, context(List.of("M5450"), line("20610"), line("99213"))))
                .containsExactly("NCCI-PTP");
        assertThat(ids(CodingEdit.NCCI_PTP, context(List.of("M5450"), line("20610"), line("99213", "25")))).isEmpty();
        assertThat(ids(CodingEdit.NCCI_PTP, context(List.of("M5450"), line("99213"), line("96372", "XU")))).isEmpty();
        assertThat(ids(CodingEdit.NCCI_PTP, context(List.of("M5450"), line("99213"), line("96372", "LT"))))
                .containsExactly("NCCI-PTP");
    }

    @Test
    void ncciIndicatorNineNeverFails() {
        assertThat(ids(CodingEdit.NCCI_PTP, context(List.of("E119"), line("80053"), line("36415")))).isEmpty();
    }

    @Test
    void mueUnitsPassWithinTheLimitAndFailAboveItPerDayOrPerLine() {
        assertThat(ids(CodingEdit.MUE_UNITS, context(List.of("E119"), units("36415", 2)))).isEmpty();
        assertThat(ids(CodingEdit.MUE_UNITS, context(List.of("E119"), units("36415", 1), units("36415", 2))))
                .containsExactly("MUE-UNITS");
        assertThat(ids(CodingEdit.MUE_UNITS, context(List.of("E119"), units("96372", 5)))).containsExactly("MUE-UNITS");
    }

    @Test
    void diagnosisPointersPassWithinTheListAndFailBeyondItOrRepeated() {
        assertThat(ids(CodingEdit.DX_POINTERS, context(List.of("E119", "I10"), pointers(1, 2)))).isEmpty();
        assertThat(ids(CodingEdit.DX_POINTERS, context(List.of("E119", "I10"), pointers(3))))
                .containsExactly("DX-POINTERS");
        assertThat(ids(CodingEdit.DX_POINTERS, context(List.of("E119", "I10"), pointers(1, 1))))
                .containsExactly("DX-POINTERS");
    }

    @Test
    void emLevelPassesALevelTheTimeSupportsAndFailsAHigherOne() {
        ClinicalDocumentation twentyFive = new ClinicalDocumentation(VisitType.ESTABLISHED_PATIENT_OFFICE, 25, null);
        assertThat(ids(CodingEdit.EM_LEVEL, documented(twentyFive, "99213"))).isEmpty();
        List<EditFinding> upcoded = CodingEdit.EM_LEVEL.checkOnly(documented(twentyFive, "99214"));
        assertThat(upcoded).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(EditSeverity.ERROR);
            assertThat(finding.message()).contains("25 minutes").contains("supports 99213");
        });
    }

    @Test
    void emLevelTakesTheHigherOfTimeAndMedicalDecisionMaking() {
        ClinicalDocumentation moderate = new ClinicalDocumentation(VisitType.ESTABLISHED_PATIENT_OFFICE, 10,
                MdmLevel.MODERATE);
        assertThat(ids(CodingEdit.EM_LEVEL, documented(moderate, "99214"))).isEmpty();
        ClinicalDocumentation newPatient = new ClinicalDocumentation(VisitType.NEW_PATIENT_OFFICE, 44, null);
        assertThat(ids(CodingEdit.EM_LEVEL, documented(newPatient, "99203"))).isEmpty();
        assertThat(ids(CodingEdit.EM_LEVEL, documented(newPatient, "99204"))).containsExactly("EM-LEVEL");
    }

    @Test
    void emLevelFailsAVisitFamilyTheDocumentationContradictsAndWarnsOfUndercoding() {
        ClinicalDocumentation newPatient = new ClinicalDocumentation(VisitType.NEW_PATIENT_OFFICE, 30, null);
        assertThat(CodingEdit.EM_LEVEL.checkOnly(documented(newPatient, "99213"))).singleElement()
                .satisfies(finding -> assertThat(finding.blocking()).isTrue());
        ClinicalDocumentation long45 = new ClinicalDocumentation(VisitType.ESTABLISHED_PATIENT_OFFICE, 45, null);
        assertThat(CodingEdit.EM_LEVEL.checkOnly(documented(long45, "99212"))).singleElement()
                .satisfies(finding -> {
                    assertThat(finding.blocking()).isFalse();
                    assertThat(finding.message()).contains("99215");
                });
    }

    @Test
    void emLevelSaysNothingWithoutDocumentation() {
        assertThat(ids(CodingEdit.EM_LEVEL, documented(ClinicalDocumentation.NONE, "99215"))).isEmpty();
    }

    @Test
    void aCleanEncounterPassesEveryEdit() {
        EditContext clean = new EditContext(DOS, ADULT, "F", List.of("E119", "I10"),
                List.of(new ProcedureLine("99213", List.of(), 1, List.of(1, 2)), line("36415")),
                new ClinicalDocumentation(VisitType.ESTABLISHED_PATIENT_OFFICE, 22, MdmLevel.LOW), snapshot());
        assertThat(CodingEdit.checkAll(clean)).isEmpty();
    }

    private static List<String> ids(CodingEdit edit, EditContext context) {
        return edit.checkOnly(context).stream().map(EditFinding::editId).toList();
    }

    private static EditContext context(List<String> diagnoses, ProcedureLine... lines) {
        return new EditContext(DOS, ADULT, "F", diagnoses, List.of(lines), ClinicalDocumentation.NONE, snapshot());
    }

    private static EditContext withSex(String sex, List<String> diagnoses) {
        return new EditContext(DOS, ADULT, sex, diagnoses, List.of(line("99213")), ClinicalDocumentation.NONE,
                snapshot());
    }

    private static EditContext documented(ClinicalDocumentation documentation, String code) {
        return new EditContext(DOS, ADULT, "M", List.of("I10"), List.of(line(code)), documentation, snapshot());
    }

    private static ProcedureLine line(String code, String... modifiers) {
        return new ProcedureLine(code, List.of(modifiers), 1, List.of(1));
    }

    private static ProcedureLine units(String code, int units) {
        return new ProcedureLine(code, List.of(), units, List.of(1));
    }

    private static ProcedureLine pointers(Integer... pointers) {
        return new ProcedureLine("99213", List.of(), 1, List.of(pointers));
    }

    private static CodeSetSnapshot snapshot() {
        Map<CodeSetKind, String> releases = new EnumMap<>(CodeSetKind.class);
        releases.put(CodeSetKind.ICD10CM, "FY2026");
        return new CodeSetSnapshot(DOS, ICD, PROCEDURES, PTP, MUE, CONVENTIONS, releases);
    }

    private static Map<String, CodeEntry> entries(Object... codesAndBillable) {
        Map<String, CodeEntry> entries = new HashMap<>();
        for (int i = 0; i < codesAndBillable.length; i += 2) {
            String code = (String) codesAndBillable[i];
            entries.put(code, new CodeEntry(code, (Boolean) codesAndBillable[i + 1], "description of " + code,
                    LocalDate.of(2025, 10, 1), null));
        }
        return entries;
    }

    private static Map<String, CodeEntry> procedures() {
        Map<String, CodeEntry> entries = new HashMap<>();
        for (String code : List.of("99212", "99213", "99214", "99203", "99204", "93000", "93005", "20610", "96372",
                "80053", "36415")) {
            entries.put(code, new CodeEntry(code, true, "CPT " + code, LocalDate.of(2025, 10, 1), null));
        }
        entries.put("G0439", new CodeEntry("G0439", true, "Annual wellness visit", LocalDate.of(2011, 1, 1), null));
        entries.put("G0101", new CodeEntry("G0101", true, "Cancer screening", LocalDate.of(1998, 1, 1),
                LocalDate.of(2024, 12, 31)));
        return entries;
    }
}
