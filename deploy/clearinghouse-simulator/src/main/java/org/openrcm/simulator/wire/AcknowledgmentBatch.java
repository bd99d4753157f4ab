package org.openrcm.simulator.wire;

import java.util.List;

/** The per-claim acknowledgments of one submission (the JSON stand-in for a 277CA). */
public record AcknowledgmentBatch(String submissionId, String tenantId, List<ClaimAcknowledgment> acknowledgments) {
}
