package org.openrcm.events.patientbilling;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.openrcm.events.RcmEvent;

/** A patient agreed to pay a balance in installments. */
public record PaymentPlanCreated(String tenantId, String planId, String accountId, String patientId,
        BigDecimal totalAmount, BigDecimal installmentAmount, int installments, String frequency,
        LocalDate firstDueDate, Instant createdAt) implements RcmEvent {

    @Override
    public String aggregateId() {
        return accountId;
    }
}
