package org.openrcm.claims.domain;

/**
 * Where a claim stands. A claim is built READY (or SCRUB_FAILED, waiting for a biller), goes out SUBMITTING, is
 * SUBMITTED once the clearinghouse took it (FAILED when it never could be), then ACCEPTED or REJECTED by the
 * acknowledgments, and PAID or DENIED by the payer's adjudication. VOIDED is withdrawn for good.
 */
public enum ClaimStatus {
    SCRUB_FAILED, READY, SUBMITTING, SUBMITTED, ACCEPTED, REJECTED, PAID, DENIED, FAILED, VOIDED;

    /** A payer adjudicates only a claim it has: submitted, possibly acknowledged, possibly adjudicated before. */
    public boolean adjudicable() {
        return this == SUBMITTED || this == ACCEPTED || this == PAID || this == DENIED;
    }

    /** Held back, rejected or failed: a biller corrects it and scrubs it again. */
    public boolean correctable() {
        return this == SCRUB_FAILED || this == REJECTED || this == FAILED;
    }

    /** The payer has it and has given (or will give) its claim number: replaced or voided by frequency 7/8. */
    public boolean withPayer() {
        return this == ACCEPTED || this == PAID || this == DENIED;
    }
}
