package org.openrcm.claims.domain;

import java.util.List;

/**
 * One reason a clearinghouse (999) or payer (277CA) gave for rejecting a claim.
 *
 * @param source         CLEARINGHOUSE or PAYER
 * @param statusCategory 277CA STC01-1 (e.g. A7) or 999 IK5 code (e.g. R)
 * @param statusCode     STC01-2, or the 999 segment/element error code; may be null
 * @param entityCode     STC01-3, e.g. 85 billing provider; may be null
 * @param text           readable, for the biller
 */
public record RejectionReason(String source, String statusCategory, String statusCode, String entityCode,
        RejectionCategory category, String text) {

    public static final String CLEARINGHOUSE = "CLEARINGHOUSE";
    public static final String PAYER = "PAYER";

    /**
     * The reason that speaks for a rejection with several: the first CODING one (coding-service must see it),
     * otherwise the first.
     */
    public static RejectionReason lead(List<RejectionReason> reasons) {
        return reasons.stream().filter(reason -> reason.category() == RejectionCategory.CODING).findFirst()
                .orElse(reasons.get(0));
    }
}
