package org.openrcm.patientbilling.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.openrcm.patientbilling.persistence.AccountItemRepository;
import org.openrcm.patientbilling.persistence.PatientAccountRepository;
import org.openrcm.patientbilling.persistence.StatementDocumentRepository;
import org.openrcm.patientbilling.persistence.StatementLineRepository;
import org.openrcm.patientbilling.persistence.StatementRepository;
import org.openrcm.patientbilling.settings.BillingSettings;
import org.openrcm.patientbilling.settings.BillingSettingsService;
import org.openrcm.patientbilling.statement.StatementDocument;

/** Reads of accounts and statements, within one tenant: another tenant's account or statement does not exist. */
@ApplicationScoped
public class AccountQueryService {

    /** An account with every item that moved its balance, oldest first. */
    public record AccountDetails(PatientAccount account, List<AccountItem> items) {
    }

    /** What the account owed at the end of the practice's local day {@code asOf}, and the items that made it. */
    public record BalanceAsOf(PatientAccount account, LocalDate asOf, BigDecimal balance, List<AccountItem> items) {
    }

    /** A statement with its lines in the order they were printed. */
    public record StatementDetails(Statement statement, List<StatementLine> lines) {
    }

    private final PatientAccountRepository accounts;
    private final AccountItemRepository items;
    private final StatementRepository statements;
    private final StatementLineRepository lines;
    private final StatementDocumentRepository documents;
    private final BillingSettingsService settings;

    AccountQueryService(PatientAccountRepository accounts, AccountItemRepository items,
            StatementRepository statements, StatementLineRepository lines, StatementDocumentRepository documents,
            BillingSettingsService settings) {
        this.documents = documents;
        this.settings = settings;
        this.accounts = accounts;
        this.items = items;
        this.statements = statements;
        this.lines = lines;
    }

    @Transactional
    public List<PatientAccount> list(String tenantId, int page, int size) {
        return accounts.listForTenant(tenantId, page, size);
    }

    @Transactional
    public Optional<AccountDetails> account(String tenantId, UUID accountId) {
        return accounts.findForTenant(tenantId, accountId)
                .map(account -> new AccountDetails(account, items.listForAccount(tenantId, accountId)));
    }

    /**
     * The balance at the end of {@code asOf} (the practice's local date; today when null), replayed from the items in
     * the order they happened: the balance column is only the latest of these sums.
     */
    @Transactional
    public Optional<BalanceAsOf> balanceAsOf(String tenantId, UUID accountId, LocalDate asOf) {
        BillingSettings tenantSettings = settings.forTenant(tenantId);
        LocalDate day = asOf != null ? asOf : settings.today(tenantSettings);
        Instant endOfDay = day.plusDays(1).atStartOfDay(tenantSettings.zone()).toInstant();
        return accounts.findForTenant(tenantId, accountId).map(account -> {
            List<AccountItem> until = items.listForAccount(tenantId, accountId).stream()
                    .filter(item -> item.occurredAt().isBefore(endOfDay)).toList();
            BigDecimal balance = until.stream().map(AccountItem::balanceEffect).reduce(Money.ZERO, BigDecimal::add);
            return new BalanceAsOf(account, day, balance, until);
        });
    }

    /** The account's statements, newest first; empty when the tenant has no such account. */
    @Transactional
    public Optional<List<Statement>> statementsOf(String tenantId, UUID accountId, int page, int size) {
        return accounts.findForTenant(tenantId, accountId)
                .map(account -> statements.pageForAccount(tenantId, accountId, page, size));
    }

    @Transactional
    public Optional<StatementDetails> statement(String tenantId, UUID statementId) {
        return statements.findForTenant(tenantId, statementId)
                .map(statement -> new StatementDetails(statement, lines.listForStatement(tenantId, statementId)));
    }

    @Transactional
    public Optional<byte[]> pdf(String tenantId, UUID statementId) {
        return documents.findForTenant(tenantId, statementId).map(StatementDocument::pdf);
    }

    @Transactional
    public Optional<String> vendorJson(String tenantId, UUID statementId) {
        return documents.findForTenant(tenantId, statementId).map(StatementDocument::vendorJson);
    }
}
