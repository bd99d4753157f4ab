package org.openrcm.coding.cac;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.openrcm.coding.cac.ClinicalAnalyzer.NoteToken;

/**
 * An in-memory Lucene index with one document per name of a code (its description and each synonym), analysed by
 * {@link ClinicalAnalyzer}. A sentence's terms select the names that share a term with it; each of those is then
 * placed on the sentence: the shortest window that holds the most of the name's terms.
 */
final class VocabularyIndex {

    private static final String NAME = "name";
    /** The names' words, unstemmed: what a misspelt word of a note is corrected to. */
    private static final String WORDS = "words";
    private static final String VARIANT = "variant";
    private static final Pattern CORRECTABLE = Pattern.compile("\\p{Alpha}{5,}");

    /** One name of a code and its distinct analysed terms. */
    record Variant(VocabularyEntry entry, String text, Set<String> terms) {
    }

    /**
     * A name placed on a sentence: the terms of it that were found, the tokens that carry them (indexes into the
     * note's token list) and how tightly they sit.
     */
    record Placement(Variant variant, int matchedTerms, int firstToken, int lastToken, Set<Integer> tokens) {

        double coverage() {
            return (double) matchedTerms / variant.terms().size();
        }

        double compactness() {
            return Math.min(1.0, (double) tokens.size() / (lastToken - firstToken + 1));
        }
    }

    private final ClinicalAnalyzer analyzer;
    private final List<Variant> variants = new ArrayList<>();
    private final IndexSearcher searcher;
    private final Terms nameTerms;
    private final Terms wordTerms;

    VocabularyIndex(ClinicalVocabulary vocabulary, ClinicalAnalyzer analyzer) {
        this.analyzer = analyzer;
        Directory directory = new ByteBuffersDirectory();
        Analyzer perField = new PerFieldAnalyzerWrapper(analyzer, Map.of(WORDS, new ClinicalAnalyzer.WordAnalyzer()));
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(perField))) {
            for (VocabularyEntry entry : vocabulary.entries()) {
                for (String name : entry.names()) {
                    Set<String> terms = new LinkedHashSet<>();
                    ClinicalAnalyzer.tokens(analyzer, name).forEach(token -> terms.add(token.term()));
                    if (terms.isEmpty()) {
                        continue;
                    }
                    Document document = new Document();
                    document.add(new TextField(NAME, name, Field.Store.NO));
                    document.add(new TextField(WORDS, name, Field.Store.NO));
                    document.add(new NumericDocValuesField(VARIANT, variants.size()));
                    writer.addDocument(document);
                    variants.add(new Variant(entry, name, Set.copyOf(terms)));
                }
            }
            writer.forceMerge(1);
            writer.commit();
            DirectoryReader reader = DirectoryReader.open(directory);
            this.searcher = new IndexSearcher(reader);
            this.nameTerms = MultiTerms.getTerms(reader, NAME);
            this.wordTerms = MultiTerms.getTerms(reader, WORDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int variantCount() {
        return variants.size();
    }

    ClinicalAnalyzer analyzer() {
        return analyzer;
    }

    /**
     * The note's terms with misspelt words corrected: a word of five letters or more whose term no name has is
     * replaced by the closest word of the names within one edit (two from eight letters; a transposition is one
     * edit, the first letter must match), the most frequent of equally close ones ("diabetis", "pnuemonia").
     */
    List<NoteToken> spellChecked(String note, List<NoteToken> tokens) {
        try {
            TermsEnum known = nameTerms.iterator();
            List<NoteToken> checked = new ArrayList<>(tokens.size());
            for (NoteToken token : tokens) {
                String word = note.substring(token.start(), token.end());
                if (known.seekExact(new BytesRef(token.term())) || !CORRECTABLE.matcher(word).matches()) {
                    checked.add(token);
                    continue;
                }
                checked.add(correction(word.toLowerCase(Locale.ROOT))
                        .map(term -> new NoteToken(term, token.start(), token.end(), true)).orElse(token));
            }
            return checked;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<String> correction(String word) throws IOException {
        FuzzyTermsEnum close = new FuzzyTermsEnum(wordTerms, new Term(WORDS, word), word.length() >= 8 ? 2 : 1, 1,
                true);
        String best = null;
        float bestBoost = -1;
        int bestFrequency = -1;
        for (BytesRef candidate = close.next(); candidate != null; candidate = close.next()) {
            String text = candidate.utf8ToString();
            float boost = close.getBoost();
            int frequency = close.docFreq();
            if (boost > bestBoost || boost == bestBoost
                    && (frequency > bestFrequency || frequency == bestFrequency && text.compareTo(best) < 0)) {
                best = text;
                bestBoost = boost;
                bestFrequency = frequency;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        List<NoteToken> terms = ClinicalAnalyzer.tokens(analyzer, best);
        return terms.size() == 1 ? Optional.of(terms.get(0).term()) : Optional.empty();
    }

    /** The names that share a term with the tokens [from, to) of the note, placed on them. */
    List<Placement> place(List<NoteToken> tokens, int from, int to) {
        Set<BytesRef> terms = new TreeSet<>();
        for (int i = from; i < to; i++) {
            terms.add(new BytesRef(tokens.get(i).term()));
        }
        if (terms.isEmpty()) {
            return List.of();
        }
        List<Placement> placements = new ArrayList<>();
        for (int variant : candidates(terms)) {
            Placement placement = placement(variants.get(variant), tokens, from, to);
            if (placement != null) {
                placements.add(placement);
            }
        }
        return placements;
    }

    private Set<Integer> candidates(Set<BytesRef> terms) {
        Set<Integer> found = new TreeSet<>();
        try {
            searcher.search(new TermInSetQuery(NAME, terms), new SimpleCollector() {
                private NumericDocValues variant;

                @Override
                protected void doSetNextReader(LeafReaderContext context) throws IOException {
                    variant = context.reader().getNumericDocValues(VARIANT);
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (variant.advanceExact(doc)) {
                        found.add((int) variant.longValue());
                    }
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /**
     * The window of the sentence holding the most distinct terms of the name, at most a few tokens longer than the
     * name ("type 2 diabetes, poorly controlled, with hyperglycemia" still covers E11.65), shortest first.
     */
    private static Placement placement(Variant variant, List<NoteToken> tokens, int from, int to) {
        int size = variant.terms().size();
        int widest = size + Math.min(2, size - 1);
        Placement best = null;
        for (int first = from; first < to; first++) {
            if (!variant.terms().contains(tokens.get(first).term())) {
                continue;
            }
            Set<String> seen = new LinkedHashSet<>();
            Set<Integer> carrying = new TreeSet<>();
            for (int i = first; i < Math.min(to, first + widest); i++) {
                String term = tokens.get(i).term();
                if (variant.terms().contains(term)) {
                    seen.add(term);
                    carrying.add(i);
                    int last = i;
                    if (best == null || seen.size() > best.matchedTerms() || seen.size() == best.matchedTerms()
                            && last - first < best.lastToken() - best.firstToken()) {
                        best = new Placement(variant, seen.size(), first, last, Set.copyOf(carrying));
                    }
                }
            }
        }
        return best == null ? null : widened(best, tokens, from, to);
    }

    /**
     * The placement with the name's terms right before and after it: in "lumbar radiculopathy due to herniated
     * lumbar disc" the shortest window starts at "radiculopathy", yet the first "lumbar" is part of the mention.
     */
    private static Placement widened(Placement placement, List<NoteToken> tokens, int from, int to) {
        Set<String> terms = placement.variant().terms();
        int first = placement.firstToken();
        int last = placement.lastToken();
        Set<Integer> carrying = new TreeSet<>(placement.tokens());
        while (first > from && terms.contains(tokens.get(first - 1).term())) {
            carrying.add(--first);
        }
        while (last + 1 < to && terms.contains(tokens.get(last + 1).term())) {
            carrying.add(++last);
        }
        return first == placement.firstToken() && last == placement.lastToken() ? placement
                : new Placement(placement.variant(), placement.matchedTerms(), first, last, Set.copyOf(carrying));
    }
}
