package org.openrcm.simulator.wire;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One claim of a submission (837P loop 2300 with its subscriber and payer). */
public record SubmittedClaim(String claimId, String payerId, String memberId, String patientId,
        BigDecimal totalCharge, LocalDate dateOfService, List<SubmittedLine> lines) {
}
