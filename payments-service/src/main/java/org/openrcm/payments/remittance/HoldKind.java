package org.openrcm.payments.remittance;

/** Why a remittance is held: its payment does not add up, or its trace was taken in before with other content. */
public enum HoldKind {
    UNBALANCED, TRACE_CONFLICT
}
