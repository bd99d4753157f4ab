package org.openrcm.patientbilling.payment;

/**
 * How a patient paid: CARD (a token from the practice's payment processor, never a card number), CASH, CHECK (with
 * its number), or AGENCY (collected by the collection agency and remitted to the practice).
 */
public enum PaymentMethod {
    CARD, CASH, CHECK, AGENCY;

    /** Card payments carry the processor's token, checks their number; the others need no reference. */
    public boolean needsReference() {
        return this == CARD || this == CHECK;
    }
}
