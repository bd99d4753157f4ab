package org.openrcm.events.payments;

import java.math.BigDecimal;
import java.time.Instant;

import org.openrcm.events.RcmEvent;

/** A patient's payment was applied in the ledger, to a claim when the payment named one. */
public record PatientPaymentPosted(String tenantId, String paymentId, String patientId, String claimId,
        BigDecimal amount, Instant postedAt) implements RcmEvent {

    @Override
    public String aggregateId() {
        return claimId != null ? claimId : patientId;
    }
}
