package org.openrcm.payments.denial;

/** Where the work on a denial stands. A denial is never written off on its own: a poster decides. */
public enum DenialStatus {
    OPEN, APPEALED, RESUBMITTED, WRITTEN_OFF, REVERSED
}
