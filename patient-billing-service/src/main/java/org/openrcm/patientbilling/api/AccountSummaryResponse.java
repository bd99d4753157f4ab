package org.openrcm.patientbilling.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.openrcm.patientbilling.domain.AccountStatus;
import org.openrcm.patientbilling.domain.PatientAccount;

/**
 * An account in a list: who, what they owe, when they were last billed, whether it is with the agency, and the
 * account whose guarantor answers for it (its own id unless billed with others).
 */
public record AccountSummaryResponse(String accountId, String patientId, GuarantorResponse guarantor,
        BigDecimal balance, LocalDate lastStatementDate, AccountStatus status, int dunningLevel,
        String guarantorAccountId) {

    static AccountSummaryResponse of(PatientAccount account) {
        return new AccountSummaryResponse(account.id().toString(), account.patientId(),
                GuarantorResponse.of(account.guarantorFirstName(), account.guarantorLastName(),
                        account.mailingAddress()),
                account.balance(), account.lastStatementDate(), account.status(), account.dunningLevel(),
                account.guarantorAccountId().toString());
    }
}
