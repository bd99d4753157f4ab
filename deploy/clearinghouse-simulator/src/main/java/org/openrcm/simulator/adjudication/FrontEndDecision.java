package org.openrcm.simulator.adjudication;

/**
 * A payer's front-end decision on one claim, as the 277CA's STC01 composite carries it.
 *
 * @param categoryCode STC01-1: A2 accepted for processing; A6 rejected for missing, A7 for invalid information
 * @param statusCode   STC01-2: what was accepted, or what is missing or invalid
 * @param entityCode   STC01-3: whose information it is (PR payer, IL subscriber, DN referring provider), or null
 * @param reason       a readable text, for the STC12 free-form message of a rejection; null when accepted
 */
public record FrontEndDecision(String categoryCode, String statusCode, String entityCode, String reason) {

    public static final String ACCEPTED_FOR_PROCESSING = "A2";
    public static final String REJECTED_MISSING = "A6";
    public static final String REJECTED_INVALID = "A7";

    static final FrontEndDecision ACCEPTED = new FrontEndDecision(ACCEPTED_FOR_PROCESSING, "20", "PR", null);

    public boolean accepted() {
        return ACCEPTED_FOR_PROCESSING.equals(categoryCode);
    }

    static FrontEndDecision missing(String statusCode, String entityCode, String reason) {
        return new FrontEndDecision(REJECTED_MISSING, statusCode, entityCode, reason);
    }

    static FrontEndDecision invalid(String statusCode, String entityCode, String reason) {
        return new FrontEndDecision(REJECTED_INVALID, statusCode, entityCode, reason);
    }
}
