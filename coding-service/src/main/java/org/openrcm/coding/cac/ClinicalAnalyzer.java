package org.openrcm.coding.cac;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The one analysis chain for code descriptions, synonyms and notes, so both sides meet on the same terms: words
 * (ASCII-folded, lower case, possessive removed), clinical abbreviations expanded ({@value #ABBREVIATIONS}), English
 * stop words and the filler words of ICD-10-CM titles removed, Porter stems ("diabetic" and "diabetes" meet).
 */
final class ClinicalAnalyzer extends Analyzer {

    static final String ABBREVIATIONS = "cac/abbreviations.txt";

    /**
     * Words of ICD-10-CM titles that a note never needs to say for the code to apply ("unspecified", "initial
     * encounter", "mellitus" after "diabetes"). "with" is an English stop word; "without" is kept, so "migraine
     * without aura" and "migraine with aura" stay apart.
     */
    private static final List<String> TITLE_FILLER = List.of("unspecified", "other", "specified", "nos",
            "classified", "elsewhere", "site", "initial", "encounter", "mellitus", "mention");

    private final SynonymMap abbreviations;
    private final CharArraySet stopWords;

    private ClinicalAnalyzer(SynonymMap abbreviations) {
        this.abbreviations = abbreviations;
        CharArraySet stop = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
        stop.addAll(TITLE_FILLER);
        this.stopWords = CharArraySet.unmodifiableSet(stop);
    }

    static ClinicalAnalyzer withAbbreviations() {
        try (InputStream in = ClinicalAnalyzer.class.getClassLoader().getResourceAsStream(ABBREVIATIONS);
                Analyzer words = new WordAnalyzer()) {
            if (in == null) {
                throw new IllegalStateException(ABBREVIATIONS + " is not on the classpath");
            }
            SolrSynonymParser parser = new SolrSynonymParser(true, false, words);
            parser.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new ClinicalAnalyzer(parser.build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException(ABBREVIATIONS + " line " + e.getErrorOffset() + ": " + e.getMessage(), e);
        }
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = WordAnalyzer.words(tokenizer);
        stream = new EnglishPossessiveFilter(stream);
        stream = new SynonymGraphFilter(stream, abbreviations, true);
        // Stop words must not see a token graph; the expansions are read as a flat sequence anyway.
        stream = new FlattenGraphFilter(stream);
        stream = new StopFilter(stream, stopWords);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    /** The terms of a text in order, with the offsets of the words they came from. */
    static List<NoteToken> tokens(Analyzer analyzer, String text) {
        List<NoteToken> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new NoteToken(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /**
     * One term of an analysed text and where its word is.
     *
     * @param corrected whether the term is a spelling correction of the word
     */
    record NoteToken(String term, int start, int end, boolean corrected) {

        NoteToken(String term, int start, int end) {
            this(term, start, end, false);
        }
    }

    /** Words only (folded, lower case): the abbreviation rules and the context triggers are written in them. */
    static final class WordAnalyzer extends Analyzer {

        static TokenStream words(Tokenizer tokenizer) {
            return new LowerCaseFilter(new ASCIIFoldingFilter(tokenizer));
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            return new TokenStreamComponents(tokenizer, words(tokenizer));
        }
    }
}
