package org.openrcm.events.coding;

import java.time.Instant;
import java.util.List;

import org.openrcm.events.RcmEvent;
import org.openrcm.events.common.ValidationIssue;

/** An encounter needs a coder's attention before it can be billed (an edit failed, or a claim came back). */
public record CodingReviewRequired(String tenantId, String encounterId, List<ValidationIssue> issues,
        Instant flaggedAt) implements RcmEvent {

    @Override
    public String aggregateId() {
        return encounterId;
    }
}
