package org.openrcm.coding.cac;

/**
 * A stretch of the note that supports a suggestion.
 *
 * @param start offset of the first character in the note (UTF-16 chars, as {@link String#substring})
 * @param end offset just past the last character
 * @param text the note's text between the two offsets
 */
public record TextSpan(int start, int end, String text) {
}
