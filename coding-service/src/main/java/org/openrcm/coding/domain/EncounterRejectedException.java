package org.openrcm.coding.domain;

import java.util.List;

import org.openrcm.events.common.ValidationIssue;

/** The encounter failed its edits; nothing was stored. */
public class EncounterRejectedException extends RuntimeException {

    private final List<ValidationIssue> issues;

    public EncounterRejectedException(List<ValidationIssue> issues) {
        super(issues.size() + " coding edit(s) failed");
        this.issues = List.copyOf(issues);
    }

    public List<ValidationIssue> issues() {
        return issues;
    }
}
