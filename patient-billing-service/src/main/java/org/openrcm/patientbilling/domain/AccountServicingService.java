package org.openrcm.patientbilling.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.openrcm.events.common.Address;
import org.openrcm.patientbilling.persistence.AccountItemRepository;
import org.openrcm.patientbilling.persistence.PatientAccountRepository;

/**
 * What a biller does to an account by hand, each audited with who did it and why: name a guarantor other than the
 * patient, write a balance off, refund a credit, recall the account from the collection agency.
 */
@ApplicationScoped
public class AccountServicingService {

    private final PatientAccountRepository accounts;
    private final AccountItemRepository items;
    private final Clock clock;

    AccountServicingService(PatientAccountRepository accounts, AccountItemRepository items, Clock clock) {
        this.accounts = accounts;
        this.items = items;
        this.clock = clock;
    }

    @Transactional
    public PatientAccount assignGuarantor(String tenantId, UUID accountId, String firstName, String lastName,
            Address address, String relationship) {
        PatientAccount account = locked(tenantId, accountId);
        account.assignGuarantor(firstName, lastName, address, relationship, clock.instant());
        return account;
    }

    /**
     * The guarantor of {@code guarantorAccountId}'s account answers for this one too. An account whose guarantor
     * already answers for others cannot move under someone else's: those others would be left without one.
     */
    @Transactional
    public PatientAccount shareGuarantor(String tenantId, UUID accountId, UUID guarantorAccountId,
            String relationship) {
        // both locked (in id order): two billers moving accounts under each other's guarantor wait for one another
        // instead of leaving an account under a guarantor account that has moved on
        Map<UUID, PatientAccount> locked = accounts.lockAll(tenantId, List.of(accountId, guarantorAccountId)).stream()
                .collect(Collectors.toMap(PatientAccount::id, Function.identity()));
        PatientAccount account = Optional.ofNullable(locked.get(accountId))
                .orElseThrow(() -> BillingException.noAccount(accountId));
        PatientAccount other = Optional.ofNullable(locked.get(guarantorAccountId))
                .orElseThrow(() -> BillingException.noAccount(guarantorAccountId));
        if (other.guarantorAccountId().equals(accountId) || accounts.isGuarantorOfOthers(tenantId, accountId)) {
            throw new BillingException(BillingException.Kind.CONFLICT, "guarantor-of-others", "Account " + accountId
                    + " is the guarantor account of other accounts; name their guarantor on them first");
        }
        account.shareGuarantorOf(other, relationship, clock.instant());
        return account;
    }

    /** Writes off up to what the account owes (a courtesy, a hardship, a small balance). */
    @Transactional
    public AccountItem writeOff(String tenantId, UUID accountId, BigDecimal amount, String reason, String user,
            String note) {
        PatientAccount account = locked(tenantId, accountId);
        if (amount.compareTo(account.balance()) > 0) {
            throw new BillingException(BillingException.Kind.UNPROCESSABLE, "excessive-amount",
                    "Cannot write off " + amount.toPlainString() + ": the account owes "
                            + account.balance().toPlainString());
        }
        return post(account, AccountItem.audited(account, ItemKind.ADJUSTMENT, amount, reason, user, note,
                clock.instant()));
    }

    /** Pays back (part of) a credit: only what the patient overpaid can be refunded. */
    @Transactional
    public AccountItem refund(String tenantId, UUID accountId, BigDecimal amount, String user, String note) {
        PatientAccount account = locked(tenantId, accountId);
        BigDecimal credit = account.balance().negate();
        if (amount.compareTo(credit) > 0) {
            throw new BillingException(BillingException.Kind.UNPROCESSABLE, "excessive-amount",
                    "Cannot refund " + amount.toPlainString() + ": the account's credit is "
                            + credit.max(Money.ZERO).toPlainString());
        }
        return post(account, AccountItem.audited(account, ItemKind.REFUND, amount, "REFUND", user, note,
                clock.instant()));
    }

    @Transactional
    public PatientAccount recallFromCollections(String tenantId, UUID accountId) {
        PatientAccount account = locked(tenantId, accountId);
        if (account.status() != AccountStatus.COLLECTIONS) {
            throw new BillingException(BillingException.Kind.CONFLICT, "not-in-collections",
                    "Account " + accountId + " is not with the collection agency");
        }
        account.recallFromCollections();
        return account;
    }

    private AccountItem post(PatientAccount account, AccountItem item) {
        items.persist(item);
        account.post(item);
        return item;
    }

    private PatientAccount locked(String tenantId, UUID accountId) {
        return accounts.lockForTenant(tenantId, accountId).orElseThrow(() -> BillingException.noAccount(accountId));
    }
}
