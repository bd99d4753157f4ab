package org.openrcm.patientbilling.domain;

/** ACTIVE: the practice bills the account; COLLECTIONS: placed with the collection agency until recalled. */
public enum AccountStatus {
    ACTIVE, COLLECTIONS
}
