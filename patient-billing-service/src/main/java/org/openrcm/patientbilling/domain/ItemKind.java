package org.openrcm.patientbilling.domain;

/**
 * What an account item is: the patient's share of a claim (raises the balance), a patient payment or an adjustment
 * such as a small-balance write-off (lower it), or a refund of a credit (raises a negative balance back to zero).
 */
public enum ItemKind {
    CHARGE, PAYMENT, ADJUSTMENT, REFUND;

    /** How an item of this kind and amount moves the balance. */
    public java.math.BigDecimal balanceEffect(java.math.BigDecimal amount) {
        return this == CHARGE || this == REFUND ? amount : amount.negate();
    }
}
