package org.openrcm.coding.codeset;

/** A line of a code set file that cannot be read; the import stops and nothing of the release is stored. */
public class CodeSetFileException extends RuntimeException {

    private final int lineNumber;

    public CodeSetFileException(int lineNumber, String message) {
        super("line " + lineNumber + ": " + message);
        this.lineNumber = lineNumber;
    }

    public int lineNumber() {
        return lineNumber;
    }
}
