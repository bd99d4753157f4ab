package org.openrcm.patientbilling.dunning;

/** Why dunning and collections stop for an account while a hold is on it. */
public enum HoldKind {
    DISPUTE, BANKRUPTCY, DECEASED, INSURANCE_APPEAL
}
