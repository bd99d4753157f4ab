package org.openrcm.claims.acknowledgment;

import org.openrcm.claims.domain.RejectionReason;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The clearinghouse's or payer's answer on one claim of a submission.
 *
 * @param statusCategory 277CA STC01-1 (A1/A2 accepted, A3/A6/A7 rejected) or a 999 IK5 code (A, R, E ...)
 * @param statusCode     STC01-2, why; may be null
 */
public record Acknowledgment(String claimId, boolean accepted, String statusCategory, String statusCode,
        String payerClaimNumber, String reason) {

    /** 277CA claim status categories are a letter and a digit; 999 acknowledgment codes are one letter. */
    private static final Pattern CLAIM_STATUS_CATEGORY = Pattern.compile("^[A-Z][0-9]$");

    /** PAYER when a 277CA status category says so, else CLEARINGHOUSE (a 999 rejected the transaction). */
    public String rejectionSource() {
        return CLAIM_STATUS_CATEGORY.matcher(statusCategory).matches() ? "PAYER" : "CLEARINGHOUSE";
    }

    /** The reason for the biller's queue; the status codes when the rejection came without words. */
    public String reasonOrDefault() {
        if (reason != null && !reason.isBlank()) {
            return reason;
        }
        return "Rejected with status " + statusCategory + (statusCode == null ? "" : "/" + statusCode);
    }

    /** What the acknowledgment decides for its claim. */
    ClaimVerdict toVerdict() {
        if (accepted) {
            return ClaimVerdict.accepted(statusCategory, payerClaimNumber, note());
        }
        return ClaimVerdict.rejected(List.of(new RejectionReason(rejectionSource(), statusCategory, statusCode, null,
                RejectionCodes.category(statusCode, null), reasonOrDefault())));
    }

    /** How the acknowledgment reads in the claim's history. */
    String note() {
        String status = statusCategory + (statusCode == null ? "" : "/" + statusCode);
        if (accepted) {
            return payerClaimNumber == null ? status : status + ", payer claim number " + payerClaimNumber;
        }
        return status + ": " + reasonOrDefault();
    }
}
