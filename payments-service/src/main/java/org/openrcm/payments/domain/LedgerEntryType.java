package org.openrcm.payments.domain;

/** The money movements a posting writes to a claim's ledger. */
public enum LedgerEntryType {
    INSURANCE_PAYMENT, ADJUSTMENT
}
