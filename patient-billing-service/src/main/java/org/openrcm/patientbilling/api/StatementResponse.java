package org.openrcm.patientbilling.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.openrcm.patientbilling.domain.AccountQueryService.StatementDetails;
import org.openrcm.patientbilling.domain.ItemKind;
import org.openrcm.patientbilling.domain.Statement;
import org.openrcm.patientbilling.domain.StatementLine;

/** A statement as mailed: its figures, to whom, the claims it bills and the payments it credits. */
public record StatementResponse(String statementId, String accountId, String patientId, LocalDate statementDate,
        LocalDate dueDate, BigDecimal previousBalance, BigDecimal newCharges, BigDecimal paymentsReceived,
        BigDecimal balanceDue, int claimCount, Instant issuedAt, GuarantorResponse mailedTo,
        List<ChargeLine> charges, List<PaymentLine> payments) {

    /** A claim: when the service was, what it cost, what insurance paid, what the patient owes for it. */
    public record ChargeLine(int line, LocalDate dateOfService, String claimId, String payer, BigDecimal totalCharge,
            BigDecimal insurancePaid, BigDecimal patientAmount) {
    }

    /** A payment of the patient's (or an adjustment or refund: {@code kind}), credited on this statement. */
    public record PaymentLine(int line, ItemKind kind, LocalDate postedOn, String paymentId, String claimId,
            BigDecimal amount) {
    }

    static StatementResponse of(StatementDetails details) {
        Statement statement = details.statement();
        List<StatementLine> lines = details.lines();
        return new StatementResponse(statement.id().toString(), statement.accountId().toString(),
                statement.patientId(), statement.statementDate(), statement.dueDate(), statement.previousBalance(),
                statement.newCharges(), statement.paymentsReceived(), statement.balanceDue(),
                statement.claimCount(), statement.issuedAt(),
                GuarantorResponse.of(statement.guarantorFirstName(), statement.guarantorLastName(),
                        statement.mailingAddress()),
                lines.stream().filter(line -> line.kind() == ItemKind.CHARGE)
                        .map(line -> new ChargeLine(line.lineNumber(), line.lineDate(), line.claimId(), line.payer(),
                                line.totalCharge(), line.insurancePaid(), line.amount()))
                        .toList(),
                lines.stream().filter(line -> line.kind() != ItemKind.CHARGE)
                        .map(line -> new PaymentLine(line.lineNumber(), line.kind(), line.lineDate(),
                                line.paymentId(), line.claimId(), line.amount()))
                        .toList());
    }
}
