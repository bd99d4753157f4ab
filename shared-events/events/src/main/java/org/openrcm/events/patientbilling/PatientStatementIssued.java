package org.openrcm.events.patientbilling;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.openrcm.events.RcmEvent;

/** A statement went to the patient (guarantor). balanceDue = previousBalance + newCharges - paymentsReceived. */
public record PatientStatementIssued(String tenantId, String statementId, String accountId, String patientId,
        LocalDate statementDate, LocalDate dueDate, BigDecimal previousBalance, BigDecimal newCharges,
        BigDecimal paymentsReceived, BigDecimal balanceDue, int claimCount, Instant issuedAt) implements RcmEvent {

    @Override
    public String aggregateId() {
        return accountId;
    }
}
