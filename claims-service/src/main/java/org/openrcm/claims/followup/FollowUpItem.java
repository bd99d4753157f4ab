package org.openrcm.claims.followup;

import org.openrcm.claims.domain.ClaimStatus;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A claim a biller should chase.
 *
 * @param since    when the wait began (submission or acceptance); null for a timely-filing flag
 * @param deadline the payer's timely-filing deadline; null for the other kinds
 * @param days     days waited so far, or for TIMELY_FILING days left (negative once the deadline passed)
 * @param reason   why a PAYMENT_REVERSED claim was reopened; null for the other kinds
 */
public record FollowUpItem(Kind kind, String claimId, String patientControlNumber, String payerId, ClaimStatus status,
        Instant since, LocalDate deadline, long days, String reason) {

    /** Why the claim is on the list. */
    public enum Kind {
        /** Submitted, and no 999/277CA after the configured days. */
        NO_ACKNOWLEDGMENT,
        /** Accepted, and no payment after the payer's payment window. */
        NO_PAYMENT,
        /** Not yet accepted by the payer, and its timely-filing deadline is near or past. */
        TIMELY_FILING,
        /** The payer reversed its adjudication (835 CLP02 = 22) and no corrected one has come since. */
        PAYMENT_REVERSED
    }
}
