package org.openrcm.coding.cac;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.openrcm.coding.cac.ClinicalAnalyzer.NoteToken;
import org.openrcm.coding.cac.ContextScopes.Scope;
import org.openrcm.coding.cac.NoteSegmenter.Sentence;
import org.openrcm.coding.cac.VocabularyIndex.Placement;

import io.quarkus.runtime.Startup;

/**
 * Suggests ICD-10-CM codes for a clinical note. Per sentence, the names of codes (descriptions, synonyms, expanded
 * abbreviations) that the Lucene index finds are placed on the sentence's terms; a mention is kept when it covers
 * its name well enough, the patient's age and sex allow the code, and no negation, history, family, hypothetical
 * or uncertainty trigger scopes it. A mention whose words all lie inside a longer mention gives way to it (the
 * most specific code: "type 2 diabetes with hyperglycemia" is E11.65, not also E11.9). When the note has an
 * assessment, only what the assessment names is suggested, unless it names nothing. Thread-safe; the index is
 * built once at startup.
 */
@ApplicationScoped
@Startup
public class CodeSuggester {

    private final ClinicalVocabulary vocabulary;
    private final VocabularyIndex index;
    private final ContextScopes context;
    private final BigDecimal minConfidence;
    /** The share of a name's terms below which even a tight partial match stays under the threshold (a complete
     *  match scores at least 0.80 and is never filtered by it). */
    private final double minCoverage;

    @Inject
    CodeSuggester(CacConfig config) {
        this(ClinicalVocabulary.load(), config.minConfidence());
    }

    public CodeSuggester(ClinicalVocabulary vocabulary, BigDecimal minConfidence) {
        this.vocabulary = vocabulary;
        this.index = new VocabularyIndex(vocabulary, ClinicalAnalyzer.withAbbreviations());
        this.context = ContextScopes.load();
        this.minConfidence = minConfidence;
        this.minCoverage = Math.min(1.0, Math.sqrt(minConfidence.doubleValue() / PARTIAL_WEIGHT));
    }

    /** The suggestions, most confident first, then in note order, then by code. */
    public List<CodeSuggestion> suggest(SuggestionInput input) {
        String note = input.note();
        if (note == null || note.isBlank()) {
            return List.of();
        }
        List<NoteToken> tokens = index.spellChecked(note, ClinicalAnalyzer.tokens(index.analyzer(), note));
        int assessmentStart = NoteSegmenter.assessmentStart(note);
        List<Sentence> sentences = NoteSegmenter.sentences(note);
        int[] from = new int[sentences.size()];
        int[] to = new int[sentences.size()];
        int token = 0;
        for (int s = 0; s < sentences.size(); s++) {
            while (token < tokens.size() && tokens.get(token).start() < sentences.get(s).start()) {
                token++;
            }
            from[s] = token;
            while (token < tokens.size() && tokens.get(token).start() < sentences.get(s).end()) {
                token++;
            }
            to[s] = token;
        }
        List<List<Placement>> placed = index.place(tokens, from, to, minCoverage);
        List<Mention> mentions = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            mentions.addAll(withoutLinkedSymptoms(note, specific(
                    mentionsIn(note, sentences.get(s), placed.get(s), tokens, input, assessmentStart))));
        }
        boolean assessmentNamesSomething = mentions.stream().anyMatch(Mention::inAssessment);
        Map<String, Suggested> byCode = new LinkedHashMap<>();
        for (Mention mention : mentions) {
            if (assessmentNamesSomething && !mention.inAssessment()) {
                continue;
            }
            byCode.computeIfAbsent(mention.entry().code(), code -> new Suggested(mention.entry())).add(mention);
        }
        combineHypertension(byCode);
        addCodesAlso(byCode);
        return byCode.values().stream().map(Suggested::toSuggestion)
                .sorted(Comparator.comparing(CodeSuggestion::confidence).reversed()
                        .thenComparing(s -> s.evidence().get(0).start())
                        .thenComparing(CodeSuggestion::code))
                .toList();
    }

    private List<Mention> mentionsIn(String note, Sentence sentence, List<Placement> placements,
            List<NoteToken> tokens, SuggestionInput input, int assessmentStart) {
        List<Mention> mentions = new ArrayList<>();
        List<Scope> scopes = null;
        for (Placement placement : placements) {
            BigDecimal confidence = confidence(placement, tokens);
            VocabularyEntry entry = placement.variant().entry();
            if (confidence.compareTo(minConfidence) < 0 || !entry.plausibleFor(input.ageYears(), input.sex())) {
                continue;
            }
            int start = tokens.get(placement.firstToken()).start();
            int end = tokens.get(placement.lastToken()).end();
            if (scopes == null) {
                scopes = context.scopes(note, sentence.start(), sentence.end());
            }
            if (scopes.stream().anyMatch(scope -> scope.modifies(start, end, placement.variant().text()))) {
                continue;
            }
            mentions.add(new Mention(entry, placement, confidence,
                    new TextSpan(start, end, note.substring(start, end)),
                    assessmentStart >= 0 && sentence.start() >= assessmentStart));
        }
        return mentions;
    }

    /**
     * Confidence of a placed name. All of its terms found: 0.80, up to 0.95 as they sit closer together, plus a
     * little for longer (more specific) names. Some terms missing: the share found, squared, so a name must be
     * nearly complete to pass the threshold. Each misspelt word it rests on costs 0.05.
     */
    static BigDecimal confidence(Placement placement, List<NoteToken> tokens) {
        int size = placement.variant().terms().size();
        double value;
        if (placement.matchedTerms() == size) {
            value = 0.80 + 0.15 * placement.compactness() + Math.min(0.04, 0.01 * (size - 1));
        } else {
            value = PARTIAL_WEIGHT * placement.coverage() * placement.coverage() * placement.compactness();
        }
        value -= 0.05 * placement.tokens().stream().filter(i -> tokens.get(i).corrected()).count();
        return BigDecimal.valueOf(Math.min(0.99, value)).setScale(2, RoundingMode.HALF_UP);
    }

    /** Drops each mention whose tokens all belong to a better mention of the same sentence. */
    private static List<Mention> specific(List<Mention> mentions) {
        Comparator<Mention> better = Comparator.comparing((Mention m) -> m.placement().tokens().size()).reversed()
                .thenComparing(Comparator.comparing(Mention::confidence).reversed())
                .thenComparing(Comparator.comparing((Mention m) -> m.entry().code().length()).reversed())
                .thenComparing(m -> m.entry().code());
        List<Mention> ranked = mentions.stream().sorted(better).toList();
        List<Mention> kept = new ArrayList<>();
        for (Mention mention : ranked) {
            boolean covered = kept.stream()
                    .anyMatch(k -> k.placement().tokens().containsAll(mention.placement().tokens()));
            if (!covered) {
                kept.add(mention);
            }
        }
        return kept;
    }

    /**
     * Drops a sign or symptom (chapter R) that the provider ties to a diagnosis in the same sentence ("dizziness
     * due to orthostatic hypotension", "cholelithiasis with RUQ pain"): it is integral to the diagnosis and not
     * coded (ICD-10-CM guidelines IV.D, IV.E). Symptoms standing on their own stay.
     */
    private static List<Mention> withoutLinkedSymptoms(String note, List<Mention> mentions) {
        return mentions.stream().filter(symptom -> !symptom.entry().code().startsWith("R") || mentions.stream()
                .filter(other -> !other.entry().code().startsWith("R"))
                .noneMatch(diagnosis -> linked(note, symptom.span(), diagnosis.span())))
                .toList();
    }

    private static boolean linked(String note, TextSpan one, TextSpan other) {
        int from = Math.min(one.end(), other.end());
        int to = Math.max(one.start(), other.start());
        return from <= to && to - from <= MAX_LINK_GAP && LINK.matcher(note.substring(from, to)).find();
    }

    private static final double PARTIAL_WEIGHT = 0.90;
    private static final int MAX_LINK_GAP = 30;
    private static final Pattern LINK = Pattern.compile(
            "(?i)\\b(due to|secondary to|caused by|because of|from|with|related to|associated with)\\b");

    /** Adds the codes always reported with a suggested one, on the same evidence. */
    private void addCodesAlso(Map<String, Suggested> byCode) {
        for (Suggested suggested : List.copyOf(byCode.values())) {
            for (String code : suggested.entry.codeAlso()) {
                Suggested also = byCode.computeIfAbsent(code, c -> new Suggested(vocabulary.entry(c).orElseThrow()));
                suggested.mentions.forEach(also::add);
            }
        }
    }

    private void combineHypertension(Map<String, Suggested> byCode) {
        Optional<VocabularyEntry> combination = HypertensionCombinations.combinationFor(byCode)
                .flatMap(vocabulary::entry);
        if (combination.isEmpty() || byCode.containsKey(combination.get().code())) {
            return;
        }
        Suggested hypertension = byCode.remove(HypertensionCombinations.replaced(byCode));
        Suggested combined = new Suggested(combination.get());
        hypertension.mentions.forEach(combined::add);
        byCode.put(combined.entry.code(), combined);
    }

    record Mention(VocabularyEntry entry, Placement placement, BigDecimal confidence, TextSpan span,
            boolean inAssessment) {
    }

    /** The mentions of one code. */
    private static final class Suggested {

        private final VocabularyEntry entry;
        private final List<Mention> mentions = new ArrayList<>();

        Suggested(VocabularyEntry entry) {
            this.entry = entry;
        }

        void add(Mention mention) {
            mentions.add(mention);
        }

        CodeSuggestion toSuggestion() {
            BigDecimal confidence = mentions.stream().map(Mention::confidence).max(Comparator.naturalOrder())
                    .orElseThrow();
            TreeSet<TextSpan> spans = new TreeSet<>(Comparator.comparingInt(TextSpan::start)
                    .thenComparingInt(TextSpan::end));
            mentions.forEach(mention -> spans.add(mention.span()));
            return new CodeSuggestion(entry.code(), entry.description(), confidence, List.copyOf(spans));
        }
    }
}
