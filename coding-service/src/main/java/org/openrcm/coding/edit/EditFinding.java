package org.openrcm.coding.edit;

import org.openrcm.events.common.ValidationIssue;

/**
 * What one edit found.
 *
 * @param editId  the edit's stable id, e.g. {@code ICD-BILLABLE}
 * @param field   the element at fault, e.g. {@code diagnoses[0]}
 * @param message what a coder needs to know to fix it
 */
public record EditFinding(String editId, EditSeverity severity, String field, String message) {

    public ValidationIssue toIssue() {
        return new ValidationIssue(editId, field, message);
    }

    public boolean blocking() {
        return severity == EditSeverity.ERROR;
    }
}
