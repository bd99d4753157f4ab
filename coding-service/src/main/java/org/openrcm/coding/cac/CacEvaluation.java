package org.openrcm.coding.cac;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Scores the suggester against labelled notes (JSON lines: id, specialty, age, sex, note, codes) and prints
 * precision, recall and F1 per code and overall (micro-averaged over every expected and suggested code), then
 * every note's false positives and false negatives. Behind {@code deploy/rcm coding eval}.
 */
public final class CacEvaluation {

    /** One labelled note. */
    public record LabelledNote(String id, String specialty, Integer age, String sex, String note, List<String> codes) {
    }

    /** Counts of one code, or of all of them. */
    public record Score(int truePositives, int falsePositives, int falseNegatives) {

        public double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        public double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Score plus(Score other) {
            return new Score(truePositives + other.truePositives, falsePositives + other.falsePositives,
                    falseNegatives + other.falseNegatives);
        }

        private static double ratio(int numerator, int denominator) {
            return denominator == 0 ? 1.0 : (double) numerator / denominator;
        }
    }

    /** A note the suggester got wrong: what it suggested that was not expected, and what it missed. */
    public record NoteErrors(String id, List<CodeSuggestion> falsePositives, List<String> falseNegatives) {
    }

    /** The whole result. */
    public record Result(int notes, Score overall, Map<String, Score> perCode, List<NoteErrors> errors) {
    }

    private CacEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        Path notes = Path.of(args.length > 0 ? args[0] : "coding-service/src/test/resources/cac-eval/notes.jsonl");
        ClinicalVocabulary vocabulary = ClinicalVocabulary.load();
        BigDecimal threshold = new BigDecimal(System.getProperty("rcm.cac.min-confidence", "0.60"));
        CodeSuggester suggester = new CodeSuggester(vocabulary, threshold);
        Result result = evaluate(suggester, read(notes));
        print(result, vocabulary, threshold, System.out);
    }

    public static List<LabelledNote> read(Path jsonLines) throws IOException {
        ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        List<LabelledNote> notes = new ArrayList<>();
        for (String line : Files.readAllLines(jsonLines, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                notes.add(mapper.readValue(line, LabelledNote.class));
            }
        }
        return notes;
    }

    public static Result evaluate(CodeSuggester suggester, List<LabelledNote> notes) {
        Map<String, Score> perCode = new TreeMap<>();
        List<NoteErrors> errors = new ArrayList<>();
        for (LabelledNote note : notes) {
            List<CodeSuggestion> suggestions = suggester.suggest(
                    new SuggestionInput(note.note(), null, note.age(), note.sex()));
            Set<String> expected = new LinkedHashSet<>(note.codes());
            Set<String> suggested = suggestions.stream().map(CodeSuggestion::code)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            for (String code : suggested) {
                perCode.merge(code, expected.contains(code) ? new Score(1, 0, 0) : new Score(0, 1, 0), Score::plus);
            }
            List<String> missed = expected.stream().filter(code -> !suggested.contains(code)).toList();
            missed.forEach(code -> perCode.merge(code, new Score(0, 0, 1), Score::plus));
            List<CodeSuggestion> wrong = suggestions.stream().filter(s -> !expected.contains(s.code())).toList();
            if (!wrong.isEmpty() || !missed.isEmpty()) {
                errors.add(new NoteErrors(note.id(), wrong, missed));
            }
        }
        Score overall = perCode.values().stream().reduce(new Score(0, 0, 0), Score::plus);
        return new Result(notes.size(), overall, perCode, errors);
    }

    static void print(Result result, ClinicalVocabulary vocabulary, BigDecimal threshold, PrintStream out) {
        Score overall = result.overall();
        out.printf("CAC evaluation: %d notes, %d expected codes, vocabulary of %d codes, confidence threshold %s%n",
                result.notes(), overall.truePositives() + overall.falseNegatives(), vocabulary.size(), threshold);
        out.printf("Overall (micro): precision %.3f  recall %.3f  F1 %.3f  (TP %d, FP %d, FN %d)%n%n",
                overall.precision(), overall.recall(), overall.f1(), overall.truePositives(),
                overall.falsePositives(), overall.falseNegatives());
        out.println("Per code, worst F1 first:");
        out.printf("%-9s %4s %4s %4s %9s %7s %6s  %s%n", "code", "TP", "FP", "FN", "precision", "recall", "F1",
                "description");
        result.perCode().entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, Score> e) -> e.getValue().f1())
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> {
                    Score score = e.getValue();
                    // A code never suggested has no precision, one never expected no recall: shown as "-".
                    out.printf("%-9s %4d %4d %4d %9s %7s %6.3f  %s%n", e.getKey(), score.truePositives(),
                            score.falsePositives(), score.falseNegatives(),
                            score.truePositives() + score.falsePositives() == 0 ? "-"
                                    : String.format("%.3f", score.precision()),
                            score.truePositives() + score.falseNegatives() == 0 ? "-"
                                    : String.format("%.3f", score.recall()),
                            score.f1(), vocabulary.entry(e.getKey()).map(VocabularyEntry::description)
                                    .orElse("(not in vocabulary)"));
                });
        out.printf("%nErrors (%d notes):%n", result.errors().size());
        for (NoteErrors note : result.errors()) {
            String falsePositives = note.falsePositives().stream()
                    .map(s -> s.code() + " " + s.confidence() + " \"" + s.evidence().get(0).text() + "\"")
                    .collect(Collectors.joining(", "));
            out.printf("%-5s FP [%s]  FN %s%n", note.id(), falsePositives, note.falseNegatives());
        }
    }
}
