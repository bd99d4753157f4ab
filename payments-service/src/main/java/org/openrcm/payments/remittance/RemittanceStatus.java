package org.openrcm.payments.remittance;

/**
 * PROCESSED: the remittance balanced (or was released after review) and each claim took its own outcome. HELD: it
 * does not balance, or its payer trace was already taken in with other content, so nothing of it was posted and
 * it waits for review ({@link HoldKind}).
 */
public enum RemittanceStatus {
    PROCESSED, HELD
}
