package org.openrcm.claims.acknowledgment;

/** The file is not a 999 or 277CA we can read at all: it is quarantined with this reason, nothing applied. */
public class UnreadableFileException extends RuntimeException {

    public UnreadableFileException(String reason) {
        super(reason);
    }
}
