package org.openrcm.claims.submission;

/**
 * SENDING until the clearinghouse took the batch (its claims are SUBMITTING meanwhile), then SENT; FAILED when it
 * was given up (a permanent error, or every attempt used).
 */
public enum SubmissionStatus {
    SENDING, SENT, FAILED
}
