package org.openrcm.claims.domain;

/**
 * Where a claim stands. A claim is built READY (or SCRUB_FAILED, waiting for a biller), goes out SUBMITTING, is
 * SUBMITTED once the clearinghouse took it, then ACCEPTED or REJECTED by the acknowledgments, and PAID or DENIED
 * by the payer's adjudication.
 */
public enum ClaimStatus {
    SCRUB_FAILED, READY, SUBMITTING, SUBMITTED, ACCEPTED, REJECTED, PAID, DENIED;

    /** A payer adjudicates only a claim it has: submitted, possibly acknowledged, possibly adjudicated before. */
    public boolean adjudicable() {
        return this == SUBMITTED || this == ACCEPTED || this == PAID || this == DENIED;
    }
}
