package org.openrcm.claims.domain;

/** SENDING until the clearinghouse took the batch (its claims are SUBMITTING meanwhile), then SENT. */
public enum SubmissionStatus {
    SENDING, SENT
}
