package org.openrcm.coding.domain;

/**
 * Where an encounter stands in coding. Intake with final codes goes straight to CODED; REVIEW_REQUIRED is the coder
 * work queue, QUERIED waits for the provider's answer to a coder's question.
 */
public enum EncounterStatus {
    RECEIVED, CODED, REVIEW_REQUIRED, QUERIED
}
