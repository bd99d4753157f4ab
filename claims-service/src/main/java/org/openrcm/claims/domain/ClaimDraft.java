package org.openrcm.claims.domain;

import java.util.List;

import org.openrcm.events.common.Coverage;

/** What the scrubber looks at: a priced claim before it is stored, and whether its practice can bill at all. */
public record ClaimDraft(boolean billingProfilePresent, Coverage coverage, List<String> diagnosisCodes,
        List<PricedLine> lines) {
}
