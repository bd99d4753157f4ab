package org.openrcm.patientbilling.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openrcm.events.patientbilling.PatientStatementIssued;
import org.openrcm.patientbilling.persistence.AccountItemRepository;
import org.openrcm.patientbilling.persistence.ClaimSummaryRepository;
import org.openrcm.patientbilling.persistence.PatientAccountRepository;
import org.openrcm.patientbilling.persistence.StatementLineRepository;
import org.openrcm.patientbilling.persistence.StatementRepository;
import org.openrcm.plumbing.outbox.OutboxWriter;

/**
 * Issues the statement of one account, in a transaction of its own holding the account's row lock: a concurrent run
 * waits for it and then finds nothing left to bill, and no event of the patient changes the balance meanwhile.
 */
@ApplicationScoped
public class StatementIssuer {

    private final PatientAccountRepository accounts;
    private final AccountItemRepository items;
    private final ClaimSummaryRepository claims;
    private final StatementRepository statements;
    private final StatementLineRepository lines;
    private final OutboxWriter outbox;
    private final Clock clock;
    private final int dueDays;

    StatementIssuer(PatientAccountRepository accounts, AccountItemRepository items, ClaimSummaryRepository claims,
            StatementRepository statements, StatementLineRepository lines, OutboxWriter outbox, Clock clock,
            @ConfigProperty(name = "rcm.statements.due-days", defaultValue = "30") int dueDays) {
        this.accounts = accounts;
        this.items = items;
        this.claims = claims;
        this.statements = statements;
        this.lines = lines;
        this.outbox = outbox;
        this.clock = clock;
        this.dueDays = dueDays;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public StatementOutcome issue(String tenantId, UUID accountId, LocalDate statementDate) {
        PatientAccount account = accounts.lockForTenant(tenantId, accountId).orElseThrow();
        List<AccountItem> unbilled = items.unbilled(tenantId, accountId);
        if (account.balance().signum() <= 0 || unbilled.isEmpty()) {
            return StatementOutcome.nothingToBill();
        }
        if (!account.canBeMailed()) {
            return StatementOutcome.skippedWithoutAddress();
        }
        Statement statement = Statement.issue(account, StatementFigures.of(account.lastStatementBalance(), unbilled),
                statementDate, dueDays, clock.instant());
        statements.persist(statement);
        itemise(statement, unbilled);
        account.recordStatement(statement);
        outbox.append(new PatientStatementIssued(tenantId, statement.id().toString(), accountId.toString(),
                account.patientId(), statement.statementDate(), statement.dueDate(), statement.previousBalance(),
                statement.newCharges(), statement.paymentsReceived(), statement.balanceDue(), statement.claimCount(),
                statement.issuedAt()));
        return StatementOutcome.issued(statement);
    }

    private void itemise(Statement statement, List<AccountItem> unbilled) {
        Map<String, ClaimSummary> claimsById = claims.findByClaimIds(statement.tenantId(),
                unbilled.stream().map(AccountItem::claimId).filter(Objects::nonNull).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(ClaimSummary::claimId, Function.identity()));
        int lineNumber = 0;
        for (AccountItem item : unbilled) {
            lines.persist(StatementLine.of(statement, ++lineNumber, item, claimsById.get(item.claimId())));
            item.billOn(statement);
        }
    }
}
