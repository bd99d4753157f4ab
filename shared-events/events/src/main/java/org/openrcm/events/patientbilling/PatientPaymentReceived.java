package org.openrcm.events.patientbilling;

import java.math.BigDecimal;
import java.time.Instant;

import org.openrcm.events.RcmEvent;

/**
 * A patient paid (portal, card, check, lockbox); payments-service posts it to the ledger.
 *
 * @param claimId the claim the patient paid towards, or null for the account balance
 */
public record PatientPaymentReceived(String tenantId, String paymentId, String accountId, String patientId,
        String claimId, BigDecimal amount, String method, String reference, Instant receivedAt) implements RcmEvent {

    @Override
    public String aggregateId() {
        return accountId;
    }
}
