package org.openrcm.claims.clearinghouse;

/** The clearinghouse took submission {@code submissionId} with {@code received} claims. */
public record SubmissionReceipt(String submissionId, int received) {
}
