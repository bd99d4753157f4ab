package org.openrcm.coding.cac;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The labelled notes of {@code cac-eval/notes.jsonl}. The floor is a regression guard, not a target: the figures
 * the suggester reaches are printed by {@code deploy/rcm coding eval} (or this class with -Drcm.cac.eval=true).
 */
class CacEvaluationTest {

    static Path evalSet() throws URISyntaxException {
        return Path.of(CacEvaluationTest.class.getClassLoader().getResource("cac-eval/notes.jsonl").toURI());
    }

    @Test
    void theLabelledSetIsLargeAndVaried() throws Exception {
        List<CacEvaluation.LabelledNote> notes = CacEvaluation.read(evalSet());
        assertThat(notes).hasSizeGreaterThanOrEqualTo(150);
        assertThat(notes.stream().map(CacEvaluation.LabelledNote::specialty).distinct()).hasSizeGreaterThanOrEqualTo(
                10);
        assertThat(notes).filteredOn(note -> note.codes().isEmpty()).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void suggestionsStayAbovePrecisionAndRecallFloors() throws Exception {
        CacEvaluation.Result result = CacEvaluation.evaluate(
                new CodeSuggester(ClinicalVocabulary.load(), new BigDecimal("0.60")), CacEvaluation.read(evalSet()));

        assertThat(result.overall().precision()).isGreaterThanOrEqualTo(0.90);
        assertThat(result.overall().recall()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void theReportShowsOverallPerCodeAndErrors() throws Exception {
        ClinicalVocabulary vocabulary = ClinicalVocabulary.load();
        CacEvaluation.Result result = CacEvaluation.evaluate(new CodeSuggester(vocabulary, new BigDecimal("0.60")),
                List.of(new CacEvaluation.LabelledNote("x1", "test", 50, "F", "Assessment: HTN. Asthma.",
                        List.of("I10", "E11.9"))));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CacEvaluation.print(result, vocabulary, new BigDecimal("0.60"), new PrintStream(bytes, true,
                StandardCharsets.UTF_8));
        String report = bytes.toString(StandardCharsets.UTF_8);

        assertThat(result.overall()).isEqualTo(new CacEvaluation.Score(1, 1, 1));
        assertThat(report).contains("precision 0.500  recall 0.500  F1 0.500")
                .contains("J45.909").contains("x1    FP [J45.909");
    }

    @Test
    @EnabledIfSystemProperty(named = "rcm.cac.eval", matches = "true")
    void printsTheFullReport() throws Exception {
        CacEvaluation.main(new String[] {evalSet().toString()});
    }
}
