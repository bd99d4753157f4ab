package org.openrcm.payments.domain;

/**
 * Where a claim of a remittance stands. UNMATCHED: balanced, but its claim is not known here yet (no ClaimSubmitted
 * seen); it is posted when the claim arrives. HELD_UNBALANCED: it, or its whole remittance, does not balance, so it
 * waits for review. POSTED and DENIED are final.
 */
public enum ClaimPaymentStatus {
    UNMATCHED, HELD_UNBALANCED, POSTED, DENIED
}
