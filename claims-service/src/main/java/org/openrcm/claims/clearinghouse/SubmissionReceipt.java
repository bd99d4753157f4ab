package org.openrcm.claims.clearinghouse;

import java.util.List;

/**
 * The clearinghouse took submission {@code submissionId} with {@code received} claims.
 *
 * @param patientControlNumbers the CLM01s it took, when it says which; null when it gives only the count
 */
public record SubmissionReceipt(String submissionId, int received, List<String> patientControlNumbers) {

    /** A receipt for the whole file, as a file drop gives it. */
    public static SubmissionReceipt whole(OutgoingInterchange interchange) {
        return new SubmissionReceipt(interchange.submissionId(), interchange.claimCount(), null);
    }
}
