package org.openrcm.events.patientbilling;

import java.math.BigDecimal;
import java.time.Instant;

import org.openrcm.events.RcmEvent;

/** After dunning failed, an account's balance was placed with a collection agency. */
public record AccountSentToCollections(String tenantId, String accountId, String patientId, String agencyId,
        BigDecimal balance, int daysPastDue, Instant sentAt) implements RcmEvent {

    @Override
    public String aggregateId() {
        return accountId;
    }
}
