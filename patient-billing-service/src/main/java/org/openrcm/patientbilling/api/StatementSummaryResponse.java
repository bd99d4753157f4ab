package org.openrcm.patientbilling.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.openrcm.patientbilling.domain.Statement;

/** The figures of a statement: balanceDue = previousBalance + newCharges - paymentsReceived. */
public record StatementSummaryResponse(String statementId, String accountId, String patientId,
        LocalDate statementDate, LocalDate dueDate, BigDecimal previousBalance, BigDecimal newCharges,
        BigDecimal paymentsReceived, BigDecimal balanceDue, int claimCount, Instant issuedAt) {

    static StatementSummaryResponse of(Statement statement) {
        return new StatementSummaryResponse(statement.id().toString(), statement.accountId().toString(),
                statement.patientId(), statement.statementDate(), statement.dueDate(), statement.previousBalance(),
                statement.newCharges(), statement.paymentsReceived(), statement.balanceDue(),
                statement.claimCount(), statement.issuedAt());
    }
}
