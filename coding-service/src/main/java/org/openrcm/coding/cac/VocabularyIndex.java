package org.openrcm.coding.cac;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
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

    VocabularyIndex(ClinicalVocabulary vocabulary, ClinicalAnalyzer analyzer) {
        this.analyzer = analyzer;
        Directory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
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
                }
            }
            writer.forceMerge(1);
            writer.commit();
            this.searcher = new IndexSearcher(DirectoryReader.open(directory));
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
        return best;
    }
}
