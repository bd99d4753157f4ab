package org.openrcm.patientbilling.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.openrcm.patientbilling.domain.AccountQueryService.BalanceAsOf;

/** The balance of an account at the end of a local day, and the items up to then that make it. */
public record AccountBalanceResponse(String accountId, String patientId, LocalDate asOf, BigDecimal balance,
        List<AccountResponse.Item> items) {

    static AccountBalanceResponse of(BalanceAsOf balance) {
        return new AccountBalanceResponse(balance.account().id().toString(), balance.account().patientId(),
                balance.asOf(), balance.balance(), balance.items().stream().map(AccountResponse.Item::of).toList());
    }
}
