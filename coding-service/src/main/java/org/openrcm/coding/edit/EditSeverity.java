package org.openrcm.coding.edit;

/** An error keeps an encounter from being coded automatically; a warning is shown to the coder only. */
public enum EditSeverity {
    ERROR, WARNING
}
