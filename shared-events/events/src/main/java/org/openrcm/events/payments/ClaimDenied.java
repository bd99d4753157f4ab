package org.openrcm.events.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.openrcm.events.RcmEvent;
import org.openrcm.events.common.Adjustment;

/** The payer denied the claim (CLP02 = 4, or paid nothing with a denial CARC); it goes to the denial queue. */
public record ClaimDenied(String tenantId, String claimId, String remittanceId, String payerId,
        BigDecimal chargeAmount, List<Adjustment> adjustments, List<String> remarkCodes, Instant deniedAt)
        implements RcmEvent {

    @Override
    public String aggregateId() {
        return claimId;
    }
}
