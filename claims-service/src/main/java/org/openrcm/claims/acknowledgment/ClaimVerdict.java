package org.openrcm.claims.acknowledgment;

import org.openrcm.claims.domain.RejectionReason;
import java.util.List;

/**
 * What an acknowledgment (999, 277CA, or the JSON stand-in) decides for one claim: accepted, with the payer's claim
 * number when given, or rejected with its reasons (the first one leads).
 */
public record ClaimVerdict(boolean accepted, String statusCategory, String payerClaimNumber,
        List<RejectionReason> reasons, String note) {

    public static ClaimVerdict accepted(String statusCategory, String payerClaimNumber, String note) {
        return new ClaimVerdict(true, statusCategory, payerClaimNumber, List.of(), note);
    }

    public static ClaimVerdict rejected(List<RejectionReason> reasons) {
        return new ClaimVerdict(false, reasons.get(0).statusCategory(), null, List.copyOf(reasons), null);
    }
}
