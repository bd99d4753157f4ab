package org.openrcm.claims.domain;

import java.util.List;

import org.openrcm.events.common.Coverage;

/**
 * What the scrubber looks at: a priced claim (before it is stored, or as corrected), and whether its practice can
 * bill at all.
 *
 * @param subscriber the insured when not the patient; null when unknown
 */
public record ClaimDraft(boolean billingProfilePresent, Coverage coverage, List<String> diagnosisCodes,
        List<PricedLine> lines, Subscriber subscriber) {
}
