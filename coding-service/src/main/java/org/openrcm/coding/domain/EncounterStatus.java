package org.openrcm.coding.domain;

/** Where an encounter stands in coding. Intake with final codes goes straight to CODED. */
public enum EncounterStatus {
    RECEIVED, CODED, REVIEW_REQUIRED
}
