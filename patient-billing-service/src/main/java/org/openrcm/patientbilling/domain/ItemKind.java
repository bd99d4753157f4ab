package org.openrcm.patientbilling.domain;

/** What an account item is: the patient's share of a claim (raises the balance) or a patient payment (lowers it). */
public enum ItemKind {
    CHARGE, PAYMENT
}
