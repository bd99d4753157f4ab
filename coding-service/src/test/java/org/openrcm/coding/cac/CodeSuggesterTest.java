package org.openrcm.coding.cac;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CodeSuggesterTest {

    private static CodeSuggester suggester;

    @BeforeAll
    static void buildIndex() {
        suggester = new CodeSuggester(ClinicalVocabulary.load(), new BigDecimal("0.60"));
    }

    private static List<CodeSuggestion> suggest(String note) {
        return suggester.suggest(new SuggestionInput(note, null, 50, null));
    }

    private static List<String> codes(String note) {
        return suggest(note).stream().map(CodeSuggestion::code).toList();
    }

    @Test
    void prefersTheMostSpecificCode() {
        assertThat(codes("Type 2 diabetes with hyperglycemia, A1c 9.4.")).containsExactly("E11.65");
        assertThat(codes("Migraine without aura.")).containsExactly("G43.009");
        assertThat(codes("Atypical chest pain.")).containsExactly("R07.89");
    }

    @Test
    void takesLateralityFromTheText() {
        assertThat(codes("Primary osteoarthritis, left knee.")).containsExactly("M17.12");
        assertThat(codes("Acute otitis media, right ear.")).containsExactly("H66.91");
        assertThat(codes("Right ankle sprain after basketball.")).containsExactly("S93.401A");
    }

    @Test
    void expandsClinicalAbbreviations() {
        assertThat(codes("HTN, HLD, T2DM, GERD, COPD.")).containsExactlyInAnyOrder("I10", "E78.5", "E11.9", "K21.9",
                "J44.9");
        assertThat(codes("CKD 4, nephrology follows.")).containsExactly("N18.4");
    }

    @Test
    void keepsAbbreviationsWithAnotherReadingInContext() {
        assertThat(codes("Right CVA tenderness, dysuria.")).containsExactly("R30.0");
    }

    @Test
    void dropsNegatedMentionsUpToATerminationTerm() {
        assertThat(codes("Denies chest pain, shortness of breath or palpitations.")).isEmpty();
        assertThat(codes("No fever but has a productive cough.")).containsExactly("R05.9");
        assertThat(codes("Pneumonia was ruled out.")).isEmpty();
    }

    @Test
    void aNegationInsideAMentionNegatesItUnlessTheNameSaysIt() {
        assertThat(codes("Coronary artery disease, stable, no angina.")).containsExactly("I25.10");
        assertThat(codes("Type 2 diabetes mellitus without complications.")).containsExactly("E11.9");
    }

    @Test
    void dropsHistoricalFamilyAndHypotheticalMentions() {
        assertThat(codes("History of kidney stones. Hx of appendicitis.")).isEmpty();
        assertThat(codes("Mother had breast cancer. Family history of colon cancer.")).isEmpty();
        assertThat(codes("Return if fever develops.")).isEmpty();
        assertThat(codes("Mother reports fever for 3 days.")).containsExactly("R50.9");
    }

    @Test
    void codesTheSymptomsOfAnUncertainDiagnosis() {
        assertThat(codes("Cough and fever, possible pneumonia.")).containsExactlyInAnyOrder("R05.9", "R50.9");
    }

    @Test
    void aVaccineOrAScreeningIsNotTheDisease() {
        assertThat(codes("Influenza vaccine administered.")).containsExactly("Z23");
        assertThat(codes("Discussed colon cancer screening.")).isEmpty();
    }

    @Test
    void aSymptomTheProviderTiesToADiagnosisIsNotCoded() {
        assertThat(codes("Dizziness due to orthostatic hypotension.")).containsExactly("I95.1");
        assertThat(codes("Dizziness. Orthostatic hypotension.")).containsExactlyInAnyOrder("R42", "I95.1");
    }

    @Test
    void whenTheAssessmentNamesSomethingOnlyTheAssessmentIsCoded() {
        String note = "Fever and productive cough for 5 days, crackles on the right.\nAssessment: Pneumonia.";
        assertThat(codes(note)).containsExactly("J18.9");
        assertThat(codes("HTN on lisinopril, BP 128/78.\nA/P: stable, continue.")).containsExactly("I10");
    }

    @Test
    void hypertensionWithHeartFailureOrKidneyDiseaseIsTheCombinationCode() {
        assertThat(codes("HTN. Chronic diastolic heart failure.")).containsExactlyInAnyOrder("I11.0", "I50.32");
        assertThat(codes("Hypertension. CKD stage 3.")).containsExactlyInAnyOrder("I12.9", "N18.30");
    }

    @Test
    void addsTheCodesAlwaysReportedTogether() {
        assertThat(codes("COVID-19 pneumonia.")).containsExactlyInAnyOrder("J12.82", "U07.1");
    }

    @Test
    void correctsMisspeltWordsWithLowerConfidence() {
        CodeSuggestion misspelt = suggest("Pnuemonia, community acquired.").get(0);
        CodeSuggestion spelt = suggest("Pneumonia, community acquired.").get(0);
        assertThat(misspelt.code()).isEqualTo("J18.9").isEqualTo(spelt.code());
        assertThat(misspelt.confidence()).isLessThan(spelt.confidence());
        assertThat(codes("Diabetis type 2, no complications.")).containsExactly("E11.9");
    }

    @Test
    void dropsPregnancyCodesForMalesAndPerinatalCodesForAdults() {
        String note = "Gestational diabetes, diet controlled.";
        assertThat(suggester.suggest(new SuggestionInput(note, null, 30, "F"))).extracting(CodeSuggestion::code)
                .containsExactly("O24.410");
        assertThat(suggester.suggest(new SuggestionInput(note, null, 30, "M"))).extracting(CodeSuggestion::code)
                .doesNotContain("O24.410", "O24.419");
        assertThat(suggester.suggest(new SuggestionInput("Neonatal jaundice.", null, 0, null)))
                .extracting(CodeSuggestion::code).containsExactly("P59.9");
        assertThat(suggester.suggest(new SuggestionInput("Neonatal jaundice.", null, 40, null)))
                .extracting(CodeSuggestion::code).doesNotContain("P59.9");
    }

    @Test
    void evidenceSpansPointIntoTheNote() {
        String note = "Assessment:\n1) Type 2 DM with diabetic polyneuropathy - gabapentin.\n2) Afib, rate controlled.";
        List<CodeSuggestion> suggestions = suggest(note);
        assertThat(suggestions).extracting(CodeSuggestion::code).containsExactlyInAnyOrder("E11.42", "I48.91");
        assertThat(suggestions).flatExtracting(CodeSuggestion::evidence)
                .allSatisfy(span -> assertThat(note.substring(span.start(), span.end())).isEqualTo(span.text()));
        assertThat(suggestions.get(1).evidence()).singleElement().extracting(TextSpan::text).isEqualTo("Afib");
    }

    @Test
    void orderIsByConfidenceThenPositionAndRepeatable() {
        String note = "Knee pain. Hyperlipidemia. Hypertension. Anxiety.";
        List<CodeSuggestion> first = suggest(note);
        assertThat(first).isEqualTo(suggest(note));
        assertThat(first).extracting(CodeSuggestion::confidence).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(first).extracting(CodeSuggestion::code).containsExactly("M25.569", "E78.5", "I10", "F41.9");
    }

    @Test
    void nothingBelowTheThresholdIsSuggested() {
        CodeSuggester strict = new CodeSuggester(ClinicalVocabulary.load(), new BigDecimal("0.97"));
        assertThat(strict.suggest(new SuggestionInput("Knee pain.", null, null, null))).isEmpty();
        assertThat(strict.suggest(new SuggestionInput("Type 2 diabetes with hyperglycemia.", null, null, null)))
                .extracting(CodeSuggestion::code).containsExactly("E11.65");
    }

    @Test
    void anEmptyNoteHasNoSuggestion() {
        assertThat(codes("   ")).isEmpty();
        assertThat(codes("Patient seen, labs reviewed, follow up in one year.")).isEmpty();
    }
}
