package org.openrcm.coding.domain;

/** What was done to an encounter in the coder work queue. */
public enum CodingActionType {
    /** A coder took it. */
    CLAIMED,
    /** A coder changed its codes; edits still fail. */
    CODES_CHANGED,
    /** Every edit passed on the coder's codes (changed or accepted as is): it is coded. */
    FINALIZED,
    /** A coder asked the provider a question. */
    QUERIED,
    /** The provider answered; it is back in the queue. */
    ANSWERED,
    /** A payer's rejection or denial for a coding reason sent it back. */
    REOPENED
}
