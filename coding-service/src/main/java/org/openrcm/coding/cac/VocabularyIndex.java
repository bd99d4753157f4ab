package org.openrcm.coding.cac;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;

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
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
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
    private final SpellingCorrector spelling;

    VocabularyIndex(ClinicalVocabulary vocabulary, ClinicalAnalyzer analyzer) {
        this.analyzer = analyzer;
        Directory directory = new ByteBuffersDirectory();
        List<String> words = new ArrayList<>();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
                Analyzer wordAnalyzer = new ClinicalAnalyzer.WordAnalyzer()) {
            for (VocabularyEntry entry : vocabulary.entries()) {
                for (String name : entry.names()) {
                    Set<String> terms = new LinkedHashSet<>();
                    ClinicalAnalyzer.tokens(analyzer, name).forEach(token -> terms.add(token.term()));
                    if (terms.isEmpty()) {
                        continue;
                    }
                    Document document = new Document();
                    document.add(new TextField(NAME, name, Field.Store.NO));
                    document.add(new NumericDocValuesField(VARIANT, variants.size()));
                    writer.addDocument(document);
                    variants.add(new Variant(entry, name, Set.copyOf(terms)));
                    ClinicalAnalyzer.tokens(wordAnalyzer, name).forEach(word -> words.add(word.term()));
                }
            }
            writer.forceMerge(1);
            writer.commit();
            DirectoryReader reader = DirectoryReader.open(directory);
            this.searcher = new IndexSearcher(reader);
            this.nameTerms = MultiTerms.getTerms(reader, NAME);
            this.spelling = new SpellingCorrector(words);
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
     * replaced by the {@link SpellingCorrector}'s word of the names ("diabetis", "pnuemonia"), analysed.
     */
    List<NoteToken> spellChecked(String note, List<NoteToken> tokens) {
        try {
            TermsEnum known = nameTerms.iterator();
            List<NoteToken> checked = new ArrayList<>(tokens.size());
            for (NoteToken token : tokens) {
                String word = note.substring(token.start(), token.end());
                if (!CORRECTABLE.matcher(word).matches() || known.seekExact(new BytesRef(token.term()))) {
                    checked.add(token);
                    continue;
                }
                checked.add(spelling.correct(word.toLowerCase(Locale.ROOT))
                        .map(correct -> ClinicalAnalyzer.tokens(analyzer, correct))
                        .filter(terms -> terms.size() == 1)
                        .map(terms -> new NoteToken(terms.get(0).term(), token.start(), token.end(), true))
                        .orElse(token));
            }
            return checked;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The names placed on each sentence of a note: one query finds the names that share a term with the note,
     * then each is placed on the sentences holding one of its terms. Sentence {@code s} is the tokens
     * [{@code from[s]}, {@code to[s]}). Names of which less than {@code minCoverage} of the terms occur in a
     * sentence at all are not placed on it.
     */
    List<List<Placement>> place(List<NoteToken> tokens, int[] from, int[] to, double minCoverage) {
        int sentenceCount = from.length;
        List<List<Placement>> placed = new ArrayList<>(sentenceCount);
        for (int s = 0; s < sentenceCount; s++) {
            placed.add(new ArrayList<>());
        }
        Map<String, List<Integer>> positions = new HashMap<>();
        int[] sentenceOf = new int[tokens.size()];
        for (int s = 0; s < sentenceCount; s++) {
            for (int i = from[s]; i < to[s]; i++) {
                positions.computeIfAbsent(tokens.get(i).term(), term -> new ArrayList<>(2)).add(i);
                sentenceOf[i] = s;
            }
        }
        if (positions.isEmpty()) {
            return placed;
        }
        Set<BytesRef> terms = new TreeSet<>();
        positions.keySet().forEach(term -> terms.add(new BytesRef(term)));
        for (int candidate : candidates(terms)) {
            Variant variant = variants.get(candidate);
            Set<Integer> sentences = new TreeSet<>();
            for (String term : variant.terms()) {
                positions.getOrDefault(term, List.of()).forEach(index -> sentences.add(sentenceOf[index]));
            }
            for (int s : sentences) {
                Placement placement = placement(variant, positions, from[s], to[s], minCoverage);
                if (placement != null) {
                    placed.get(s).add(widened(placement, tokens, from[s], to[s]));
                }
            }
        }
        return placed;
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
     * The window of the sentence holding the most distinct terms of the name, at most a couple of tokens longer
     * than the name ("type 2 diabetes, poorly controlled, with hyperglycemia" still covers E11.65), shortest first.
     */
    private static Placement placement(Variant variant, Map<String, List<Integer>> positions, int from, int to,
            double minCoverage) {
        int size = variant.terms().size();
        List<int[]> found = new ArrayList<>(); // {token index, term number}
        int present = 0;
        int term = 0;
        for (String name : variant.terms()) {
            boolean here = false;
            for (int index : positions.getOrDefault(name, List.of())) {
                if (index >= from && index < to) {
                    found.add(new int[] {index, term});
                    here = true;
                }
            }
            present += here ? 1 : 0;
            term++;
        }
        if (present == 0 || present < minCoverage * size) {
            return null;
        }
        found.sort((a, b) -> Integer.compare(a[0], b[0]));
        int widest = size + Math.min(2, size - 1);
        Placement best = null;
        for (int first = 0; first < found.size(); first++) {
            long seen = 0; // bit per term number; names have far fewer than 64 terms
            Set<Integer> carrying = new TreeSet<>();
            for (int i = first; i < found.size() && found.get(i)[0] < found.get(first)[0] + widest; i++) {
                seen |= 1L << Math.min(63, found.get(i)[1]);
                carrying.add(found.get(i)[0]);
                int matched = Long.bitCount(seen);
                int span = found.get(i)[0] - found.get(first)[0];
                if (best == null || matched > best.matchedTerms()
                        || matched == best.matchedTerms() && span < best.lastToken() - best.firstToken()) {
                    best = new Placement(variant, matched, found.get(first)[0], found.get(i)[0], Set.copyOf(carrying));
                }
            }
        }
        return best;
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
