package org.openrcm.events.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.openrcm.events.RcmEvent;
import org.openrcm.events.common.Adjustment;

/**
 * The payer denied the claim (CLP02 = 4, or paid nothing with a denial CARC); it goes to the denial queue.
 *
 * @param remarkCodes the RARCs the payer gave (MOA/MIA/LQ), e.g. N115, MA130
 * @param codes       every CARC and RARC of the denial with its meaning (added in 0.2; absent from older events)
 */
public record ClaimDenied(String tenantId, String claimId, String remittanceId, String payerId,
        BigDecimal chargeAmount, List<Adjustment> adjustments, List<String> remarkCodes, Instant deniedAt,
        List<RemittanceCode> codes) implements RcmEvent {

    /** As producers before 0.2 wrote it, without the described codes. */
    public ClaimDenied(String tenantId, String claimId, String remittanceId, String payerId, BigDecimal chargeAmount,
            List<Adjustment> adjustments, List<String> remarkCodes, Instant deniedAt) {
        this(tenantId, claimId, remittanceId, payerId, chargeAmount, adjustments, remarkCodes, deniedAt, null);
    }

    @Override
    public String aggregateId() {
        return claimId;
    }
}
