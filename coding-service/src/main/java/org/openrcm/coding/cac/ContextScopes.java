package org.openrcm.coding.cac;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.openrcm.coding.cac.ClinicalAnalyzer.NoteToken;

/**
 * ConText (Harkema et al., 2009) on one sentence: which stretches of it are negated, historical, about the family,
 * hypothetical or uncertain. A trigger modifies the text after it (FORWARD) or before it (BACKWARD) up to a
 * termination term, a clause break (":" or a spaced dash) or the sentence's edge. Outpatient coding codes none of
 * these mentions: uncertain diagnoses ("likely", "rule out") are not coded either, their symptoms are, and a
 * disease named by a vaccine, a screening or counseling ("influenza vaccine") is not a diagnosis.
 */
final class ContextScopes {

    static final String TRIGGERS = "cac/context-triggers.tsv";
    private static final Pattern CLAUSE_BREAK = Pattern.compile(":|\\s[-\u2013\u2014]+\\s");

    enum Kind {
        NEGATED, HISTORICAL, FAMILY, HYPOTHETICAL, UNCERTAIN, PREVENTIVE, PSEUDO, TERMINATION
    }

    enum Direction {
        FORWARD, BACKWARD, BOTH
    }

    record Trigger(List<String> words, Kind kind, Direction direction) {
    }

    /** A modified stretch [start, end) of the note, the trigger's own [triggerStart, triggerEnd) and its words. */
    record Scope(int start, int end, int triggerStart, int triggerEnd, Kind kind, List<String> words) {

        /**
         * Whether a mention [from, to) of a code name is modified: it starts inside the scope, or it contains the
         * trigger and the name does not ("coronary artery disease, stable, no angina" is not "coronary artery
         * disease with stable angina", while "migraine without aura" names the "without" itself).
         */
        boolean modifies(int from, int to, String name) {
            boolean containsTrigger = from <= triggerStart && triggerEnd <= to;
            if (containsTrigger) {
                return start < end && !saysTrigger(name);
            }
            return from >= start && from < end;
        }

        private boolean saysTrigger(String name) {
            return (" " + String.join(" ", WORD_SEPARATOR.split(name.toLowerCase(Locale.ROOT))) + " ")
                    .contains(" " + String.join(" ", words) + " ");
        }
    }

    private static final Pattern WORD_SEPARATOR = Pattern.compile("[^\\p{Alnum}]+");

    private final Map<String, Trigger> triggers;
    private final int longestTrigger;
    private final Analyzer words = new ClinicalAnalyzer.WordAnalyzer();

    private ContextScopes(Map<String, Trigger> triggers) {
        this.triggers = triggers;
        this.longestTrigger = triggers.values().stream().mapToInt(t -> t.words().size()).max().orElse(1);
    }

    static ContextScopes load() {
        try (InputStream in = ContextScopes.class.getClassLoader().getResourceAsStream(TRIGGERS)) {
            if (in == null) {
                throw new IllegalStateException(TRIGGERS + " is not on the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, Trigger> triggers = new HashMap<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                List<String> phrase = List.of(fields[0].strip().split("\\s+"));
                triggers.put(String.join(" ", phrase),
                        new Trigger(phrase, Kind.valueOf(fields[1].strip()), Direction.valueOf(fields[2].strip())));
            }
            return new ContextScopes(triggers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The modified stretches of the sentence [start, end) of the note. */
    List<Scope> scopes(String note, int start, int end) {
        List<NoteToken> tokens = ClinicalAnalyzer.tokens(words, note.substring(start, end)).stream()
                .map(t -> new NoteToken(t.term(), t.start() + start, t.end() + start)).toList();
        List<int[]> found = new ArrayList<>(); // {first token, last token} of each trigger
        List<Trigger> foundTriggers = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            for (int length = Math.min(longestTrigger, tokens.size() - i); length > 0; length--) {
                Trigger trigger = triggers.get(phrase(tokens, i, length));
                if (trigger != null) {
                    found.add(new int[] {i, i + length - 1});
                    foundTriggers.add(trigger);
                    i += length - 1;
                    break;
                }
            }
        }
        List<Integer> breaks = new ArrayList<>();
        Matcher clauseBreak = CLAUSE_BREAK.matcher(note).region(start, end);
        while (clauseBreak.find()) {
            breaks.add(clauseBreak.start());
        }
        List<Scope> scopes = new ArrayList<>();
        for (int t = 0; t < found.size(); t++) {
            Trigger trigger = foundTriggers.get(t);
            if (trigger.kind() == Kind.PSEUDO || trigger.kind() == Kind.TERMINATION) {
                continue;
            }
            int triggerStart = tokens.get(found.get(t)[0]).start();
            int triggerEnd = tokens.get(found.get(t)[1]).end();
            if (trigger.direction() == Direction.BACKWARD) {
                int from = start;
                for (int u = t - 1; u >= 0; u--) {
                    if (foundTriggers.get(u).kind() == Kind.TERMINATION
                            && foundTriggers.get(u).direction() == Direction.BOTH) {
                        from = tokens.get(found.get(u)[1]).end();
                        break;
                    }
                }
                for (int position : breaks) {
                    if (position < triggerStart && position >= from) {
                        from = position + 1;
                    }
                }
                scopes.add(new Scope(from, triggerStart, triggerStart, triggerEnd, trigger.kind(), trigger.words()));
            } else {
                int to = end;
                for (int u = t + 1; u < found.size(); u++) {
                    if (foundTriggers.get(u).kind() == Kind.TERMINATION) {
                        to = tokens.get(found.get(u)[0]).start();
                        break;
                    }
                }
                for (int position : breaks) {
                    if (position >= triggerEnd && position < to) {
                        to = position;
                        break;
                    }
                }
                scopes.add(new Scope(triggerEnd, to, triggerStart, triggerEnd, trigger.kind(), trigger.words()));
            }
        }
        return scopes;
    }

    private static String phrase(List<NoteToken> tokens, int from, int length) {
        StringBuilder phrase = new StringBuilder(tokens.get(from).term());
        for (int i = from + 1; i < from + length; i++) {
            phrase.append(' ').append(tokens.get(i).term());
        }
        return phrase.toString();
    }
}
