package org.openrcm.coding.domain;

import java.util.List;

/** The external id was taken in before with other content: a conflict, not a retry. */
public class EncounterConflictException extends RuntimeException {

    private final List<String> differingFields;

    public EncounterConflictException(String externalId, List<String> differingFields) {
        super("Encounter " + externalId + " was taken in before with different content");
        this.differingFields = List.copyOf(differingFields);
    }

    public List<String> differingFields() {
        return differingFields;
    }
}
