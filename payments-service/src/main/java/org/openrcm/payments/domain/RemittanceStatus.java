package org.openrcm.payments.domain;

/**
 * PROCESSED: the payment equals the claims' paid amounts and each claim took its own outcome. HELD: it does not,
 * so nothing of it was posted and it waits for review.
 */
public enum RemittanceStatus {
    PROCESSED, HELD
}
