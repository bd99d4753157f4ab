package org.openrcm.coding.cac;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a note into sentences (the scope of a mention and of its context) and finds where its assessment starts.
 * Notes are lists as often as prose, so a line break, a semicolon and a list number ("2) HTN") end a sentence
 * too; a period ends one only before white space, so "A1c 9.4" stays whole.
 */
final class NoteSegmenter {

    private static final Pattern BOUNDARY = Pattern.compile("[.!?]+(?=\\s|$)|[\\n\\r;]+|(?<=\\s)\\d{1,2}\\)(?=\\s)");

    /**
     * The heading of the section where a provider states the diagnoses; coders code from it, so what the history
     * and the exam say (symptoms the diagnosis explains) is only used when the assessment names nothing.
     */
    private static final Pattern ASSESSMENT = Pattern.compile("(?im)^[ \\t]*(assessment(\\s*(and|&|/)\\s*plan)?"
            + "|a\\s*/\\s*p|a\\s*&\\s*p|impression|diagnos[ie]s|dx|plan)\\s*[:\\-]");

    private NoteSegmenter() {
    }

    /** A sentence: [start, end) in the note. */
    record Sentence(int start, int end) {
    }

    static List<Sentence> sentences(String note) {
        List<Sentence> sentences = new ArrayList<>();
        Matcher boundary = BOUNDARY.matcher(note);
        int start = 0;
        while (boundary.find()) {
            add(sentences, note, start, boundary.start());
            start = boundary.end();
        }
        add(sentences, note, start, note.length());
        return sentences;
    }

    private static void add(List<Sentence> sentences, String note, int start, int end) {
        while (start < end && Character.isWhitespace(note.charAt(start))) {
            start++;
        }
        if (start < end) {
            sentences.add(new Sentence(start, end));
        }
    }

    /** Offset of the first assessment heading, or -1 when the note has none. */
    static int assessmentStart(String note) {
        Matcher heading = ASSESSMENT.matcher(note);
        return heading.find() ? heading.start(1) : -1;
    }
}
