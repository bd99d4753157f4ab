package org.openrcm.coding.domain;

import java.util.UUID;

/** Codes are corrected only while the encounter waits for a coder; a coded one changes through a new version. */
public class EncounterNotInReviewException extends RuntimeException {

    public EncounterNotInReviewException(UUID encounterId, EncounterStatus status) {
        super("Encounter " + encounterId + " is " + status + ", not REVIEW_REQUIRED");
    }
}
