package org.openrcm.coding.domain;

import java.util.UUID;

/** Another coder holds the encounter: one coder works an encounter at a time. */
public class EncounterClaimedException extends RuntimeException {

    public EncounterClaimedException(UUID encounterId, String holder) {
        super("Encounter " + encounterId + " is claimed by " + holder);
    }
}
