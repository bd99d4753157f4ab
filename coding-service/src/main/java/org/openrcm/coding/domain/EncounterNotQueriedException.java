package org.openrcm.coding.domain;

import java.util.UUID;

/** An answer comes only for an open question to the provider. */
public class EncounterNotQueriedException extends RuntimeException {

    public EncounterNotQueriedException(UUID encounterId, EncounterStatus status) {
        super("Encounter " + encounterId + " is " + status + ", not QUERIED");
    }
}
