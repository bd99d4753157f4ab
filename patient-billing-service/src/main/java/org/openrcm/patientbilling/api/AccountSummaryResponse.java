package org.openrcm.patientbilling.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.openrcm.patientbilling.domain.PatientAccount;

/** An account in a list: who, what they owe, when they were last billed. */
public record AccountSummaryResponse(String accountId, String patientId, GuarantorResponse guarantor,
        BigDecimal balance, LocalDate lastStatementDate) {

    static AccountSummaryResponse of(PatientAccount account) {
        return new AccountSummaryResponse(account.id().toString(), account.patientId(),
                GuarantorResponse.of(account.guarantorFirstName(), account.guarantorLastName(),
                        account.mailingAddress()),
                account.balance(), account.lastStatementDate());
    }
}
