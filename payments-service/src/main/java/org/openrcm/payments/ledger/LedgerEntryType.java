package org.openrcm.payments.ledger;

/**
 * The money movements on a claim's ledger: a payer's payment, an adjustment (CAS), a write-off a poster decided for
 * a denial, and a patient's payment (to a claim, or to the patient's account). Reversals are entries of the same
 * types with the opposite amounts.
 */
public enum LedgerEntryType {
    INSURANCE_PAYMENT, ADJUSTMENT, WRITE_OFF, PATIENT_PAYMENT
}
