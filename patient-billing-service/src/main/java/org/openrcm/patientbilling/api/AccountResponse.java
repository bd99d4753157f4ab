package org.openrcm.patientbilling.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.openrcm.events.common.Adjustment;
import org.openrcm.patientbilling.domain.AccountItem;
import org.openrcm.patientbilling.domain.AccountQueryService.AccountDetails;
import org.openrcm.patientbilling.domain.ItemKind;
import org.openrcm.patientbilling.domain.PatientAccount;

/** An account with its balance and every item that moved it; an item without a statementId is not billed yet. */
public record AccountResponse(String accountId, String patientId, GuarantorResponse guarantor, BigDecimal balance,
        BigDecimal lastStatementBalance, LocalDate lastStatementDate, List<Item> items) {

    /**
     * A charge (the patient's share of a claim, with its adjudication; negative when a reversal or a secondary payer
     * lowered it, {@code reason} saying why), a payment of the patient's, or an adjustment or refund with who made it
     * ({@code actor}) and why ({@code reason}, {@code note}).
     */
    public record Item(String itemId, ItemKind kind, String claimId, String remittanceId, String paymentId,
            LocalDate dateOfService, BigDecimal amount, BigDecimal insurancePaid, List<Adjustment> components,
            Instant occurredAt, String statementId, String reason, String actor, String note) {

        static Item of(AccountItem item) {
            return new Item(item.id().toString(), item.kind(), item.claimId(), item.remittanceId(), item.paymentId(),
                    item.dateOfService(), item.amount(), item.insurancePaid(), item.components(), item.occurredAt(),
                    item.statementId() == null ? null : item.statementId().toString(), item.reason(), item.actor(),
                    item.note());
        }
    }

    static AccountResponse of(AccountDetails details) {
        PatientAccount account = details.account();
        return new AccountResponse(account.id().toString(), account.patientId(),
                GuarantorResponse.of(account.guarantorFirstName(), account.guarantorLastName(),
                        account.mailingAddress()),
                account.balance(), account.lastStatementBalance(), account.lastStatementDate(),
                details.items().stream().map(Item::of).toList());
    }
}
