package org.openrcm.simulator.wire;

/** The immediate answer to a submission: taken in, {@code received} claims, acknowledgments follow. */
public record SubmissionReceipt(String submissionId, int received) {
}
