package org.openrcm.payments.domain;

/**
 * The money movements on a claim's ledger: a payer's payment, an adjustment (CAS), and a write-off a poster decided
 * for a denial. Reversals are entries of the same types with the opposite amounts.
 */
public enum LedgerEntryType {
    INSURANCE_PAYMENT, ADJUSTMENT, WRITE_OFF
}
