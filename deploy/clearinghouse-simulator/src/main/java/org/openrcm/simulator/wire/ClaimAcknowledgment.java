package org.openrcm.simulator.wire;

/**
 * A payer's front-end decision on one claim, as a 277CA STC segment carries it.
 *
 * @param status           ACCEPTED or REJECTED
 * @param statusCategory   STC01-1: A1 accepted, A7 rejected
 * @param statusCode       STC01-2: why
 * @param payerClaimNumber the payer's reference for an accepted claim, null for a rejected one
 * @param reason           a human explanation of a rejection, null for an accepted claim
 */
public record ClaimAcknowledgment(String claimId, String status, String statusCategory, String statusCode,
        String payerClaimNumber, String reason) {

    public static final String ACCEPTED = "ACCEPTED";
    public static final String REJECTED = "REJECTED";

    public boolean accepted() {
        return ACCEPTED.equals(status);
    }
}
