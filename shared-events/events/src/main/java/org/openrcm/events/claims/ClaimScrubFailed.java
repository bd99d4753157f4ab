package org.openrcm.events.claims;

import java.time.Instant;
import java.util.List;

import org.openrcm.events.RcmEvent;
import org.openrcm.events.common.ValidationIssue;

/** The scrubber stopped a claim before submission; it waits in the biller's queue. */
public record ClaimScrubFailed(String tenantId, String claimId, String encounterId, List<ValidationIssue> issues,
        Instant failedAt) implements RcmEvent {

    @Override
    public String aggregateId() {
        return claimId;
    }
}
