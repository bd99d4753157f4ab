package org.openrcm.payments.remittance;

/**
 * Where a claim of a remittance stands. UNMATCHED: balanced, but no claim of ours has its patient control number
 * (yet): it is posted when the claim arrives, matched by hand, or marked for refund (REFUND_REQUESTED).
 * HELD_UNBALANCED: it, or its whole remittance, does not balance. HELD_REVIEW: it balances but cannot be posted
 * safely (a reversal of nothing we posted, a secondary payment above what the patient owed). POSTED and DENIED are
 * final; a posted or denied payment a payer reversed later stays so and names its reversal.
 */
public enum ClaimPaymentStatus {
    UNMATCHED, HELD_UNBALANCED, HELD_REVIEW, POSTED, DENIED, REFUND_REQUESTED
}
