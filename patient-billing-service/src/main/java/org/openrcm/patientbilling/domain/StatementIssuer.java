package org.openrcm.patientbilling.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.openrcm.events.patientbilling.AccountSentToCollections;
import org.openrcm.events.patientbilling.PatientStatementIssued;
import org.openrcm.patientbilling.collections.CollectionsPlacement;
import org.openrcm.patientbilling.persistence.AccountHoldRepository;
import org.openrcm.patientbilling.persistence.AccountItemRepository;
import org.openrcm.patientbilling.persistence.ClaimSummaryRepository;
import org.openrcm.patientbilling.persistence.PatientAccountRepository;
import org.openrcm.patientbilling.persistence.PaymentPlanRepository;
import org.openrcm.patientbilling.persistence.StatementDocumentRepository;
import org.openrcm.patientbilling.persistence.StatementLineRepository;
import org.openrcm.patientbilling.persistence.StatementRepository;
import org.openrcm.patientbilling.plan.PlanStatus;
import org.openrcm.patientbilling.settings.BillingSettings;
import org.openrcm.patientbilling.settings.DunningPolicy;
import org.openrcm.patientbilling.statement.AgingBuckets;
import org.openrcm.patientbilling.statement.OpenItems;
import org.openrcm.patientbilling.statement.StatementDocument;
import org.openrcm.patientbilling.statement.StatementPdfRenderer;
import org.openrcm.patientbilling.statement.StatementView;
import org.openrcm.plumbing.outbox.OutboxWriter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The statement cycle of one account, in a transaction of its own holding the account's row lock: a concurrent run
 * waits for it and then finds nothing left to bill, and no event of the patient changes the balance meanwhile. In
 * order: the payment plan is checked (a missed installment breaks it), a small balance is written off, a balance
 * under the minimum waits, an account whose final notice went unanswered goes to collections, and any other account
 * that owes gets a statement at its dunning level, rendered as PDF and vendor JSON.
 */
@ApplicationScoped
public class StatementIssuer {

    /** Who wrote off a small balance, in the item's audit columns. */
    static final String RUN_ACTOR = "statement-run";

    private final PatientAccountRepository accounts;
    private final AccountItemRepository items;
    private final ClaimSummaryRepository claims;
    private final StatementRepository statements;
    private final StatementLineRepository lines;
    private final StatementDocumentRepository documents;
    private final AccountHoldRepository holds;
    private final PaymentPlanRepository plans;
    private final StatementPdfRenderer renderer;
    private final ObjectMapper json;
    private final OutboxWriter outbox;
    private final Clock clock;

    StatementIssuer(PatientAccountRepository accounts, AccountItemRepository items, ClaimSummaryRepository claims,
            StatementRepository statements, StatementLineRepository lines, StatementDocumentRepository documents,
            AccountHoldRepository holds, PaymentPlanRepository plans, StatementPdfRenderer renderer,
            ObjectMapper json, OutboxWriter outbox, Clock clock) {
        this.accounts = accounts;
        this.items = items;
        this.claims = claims;
        this.statements = statements;
        this.lines = lines;
        this.documents = documents;
        this.holds = holds;
        this.plans = plans;
        this.renderer = renderer;
        this.json = json;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public StatementOutcome cycle(String tenantId, UUID accountId, BillingSettings settings, LocalDate today) {
        // A crash may lose the last statements' commits, but each whole (statement, items billed, event) or not at
        // all; the next run issues what was lost. Not waiting for the WAL flush per account is what makes a
        // 50,000-guarantor cycle fit in minutes.
        accounts.getEntityManager().createNativeQuery("SET LOCAL synchronous_commit TO OFF").executeUpdate();
        PatientAccount account = accounts.lockForTenant(tenantId, accountId).orElseThrow();
        if (account.status() == AccountStatus.COLLECTIONS) {
            return StatementOutcome.of(StatementOutcome.Result.NOTHING_TO_BILL);
        }
        Instant now = clock.instant();
        List<AccountItem> all = items.listForAccount(tenantId, accountId);
        boolean planKept = plans.active(tenantId, accountId)
                .map(plan -> plan.check(paidInAll(all), today, now) == PlanStatus.ACTIVE).orElse(false);
        BigDecimal balance = account.balance();
        if (balance.signum() <= 0) {
            return StatementOutcome.of(StatementOutcome.Result.NOTHING_TO_BILL);
        }
        if (balance.compareTo(settings.writeOffThreshold()) <= 0) {
            AccountItem writeOff = AccountItem.audited(account, ItemKind.ADJUSTMENT, balance, "SMALL_BALANCE",
                    RUN_ACTOR, "Balance at or under the practice's write-off threshold of "
                            + settings.writeOffThreshold().toPlainString(), now);
            items.persist(writeOff);
            account.post(writeOff);
            return StatementOutcome.writtenOff(balance);
        }
        if (balance.compareTo(settings.minimumBalance()) < 0) {
            return StatementOutcome.of(StatementOutcome.Result.BELOW_MINIMUM);
        }
        List<AccountItem> unbilled = all.stream().filter(item -> item.statementId() == null).toList();
        if (unbilled.isEmpty() && account.lastStatementDate() != null
                && !account.lastStatementDate().isBefore(today)) {
            return StatementOutcome.of(StatementOutcome.Result.NOTHING_TO_BILL);
        }
        if (!account.canBeMailed()) {
            return StatementOutcome.of(StatementOutcome.Result.SKIPPED_WITHOUT_ADDRESS);
        }
        Map<String, ClaimSummary> claimsById = claimsOf(tenantId, all);
        OpenItems open = OpenItems.of(all, claimsById, settings.zone());
        long age = open.oldestAgeDays(today).orElse(0L);
        DunningPolicy dunning = settings.dunning();
        boolean onHold = !holds.active(tenantId, accountId).isEmpty();
        int level = onHold || planKept ? 0 : dunning.levelFor(age);
        if (dunning.sendsToCollections(account.dunningLevel(), level)) {
            return sendToCollections(account, settings, open, age, today, now);
        }
        Statement statement = Statement.issue(account, StatementFigures.of(account.lastStatementBalance(), unbilled),
                today, settings.dueDays(), level, now);
        statements.persist(statement);
        itemise(statement, unbilled, claimsById, settings.zone());
        account.recordStatement(statement);
        StatementView view = view(statement, settings, open, unbilled, AgingBuckets.of(open, today),
                dunning.messageOf(level));
        documents.persist(StatementDocument.of(tenantId, statement.id(), renderer.render(view), vendorJson(view)));
        outbox.append(new PatientStatementIssued(tenantId, statement.id().toString(), accountId.toString(),
                account.patientId(), statement.statementDate(), statement.dueDate(), statement.previousBalance(),
                statement.newCharges(), statement.paymentsReceived(), statement.balanceDue(), statement.claimCount(),
                statement.issuedAt()));
        return StatementOutcome.issued(statement);
    }

    private StatementOutcome sendToCollections(PatientAccount account, BillingSettings settings, OpenItems open,
            long age, LocalDate today, Instant now) {
        account.sendToCollections(now);
        long daysPastDue = Math.max(0, age - settings.dueDays());
        outbox.append(new AccountSentToCollections(account.tenantId(), account.id().toString(), account.patientId(),
                settings.collectionAgency(), account.balance(), (int) daysPastDue, now));
        LocalDate oldestService = open.items().stream().map(org.openrcm.patientbilling.statement.OpenItem::dateOfService).filter(Objects::nonNull)
                .min(LocalDate::compareTo).orElse(null);
        return StatementOutcome.sentToCollections(new CollectionsPlacement(account.id().toString(),
                account.patientId(), account.guarantorFirstName(), account.guarantorLastName(),
                account.mailingAddress(), account.balance(), daysPastDue, oldestService, today));
    }

    private static BigDecimal paidInAll(List<AccountItem> all) {
        return all.stream().filter(item -> item.kind() == ItemKind.PAYMENT).map(AccountItem::amount)
                .reduce(Money.ZERO, BigDecimal::add);
    }

    private Map<String, ClaimSummary> claimsOf(String tenantId, List<AccountItem> all) {
        return claims.findByClaimIds(tenantId,
                all.stream().map(AccountItem::claimId).filter(Objects::nonNull).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(ClaimSummary::claimId, Function.identity()));
    }

    private void itemise(Statement statement, List<AccountItem> unbilled, Map<String, ClaimSummary> claimsById,
            ZoneId zone) {
        int lineNumber = 0;
        for (AccountItem item : unbilled) {
            lines.persist(StatementLine.of(statement, ++lineNumber, item, claimsById.get(item.claimId()), zone));
            item.billOn(statement);
        }
    }

    static StatementView view(Statement statement, BillingSettings settings, OpenItems open,
            List<AccountItem> unbilled, AgingBuckets aging, Optional<String> dunningMessage) {
        List<StatementView.Activity> activity = unbilled.stream().filter(item -> item.kind() != ItemKind.CHARGE)
                .map(item -> new StatementView.Activity(LocalDate.ofInstant(item.occurredAt(), settings.zone()),
                        item.kind().name(), item.paymentId() != null ? item.paymentId() : item.reason(),
                        item.amount()))
                .toList();
        return new StatementView(statement.id().toString(), statement.accountId().toString(),
                statement.patientId(), statement.statementDate(), statement.dueDate(),
                new StatementView.Practice(settings.practiceName(), settings.practicePhone(),
                        settings.practiceAddress(), settings.remitTo(), settings.howToPay()),
                new StatementView.Guarantor(statement.guarantorFirstName(), statement.guarantorLastName(),
                        statement.mailingAddress()),
                statement.previousBalance(), statement.newCharges(), statement.paymentsReceived(),
                statement.balanceDue(), open.credit().max(Money.ZERO), open.items(), activity, aging,
                statement.dunningLevel(), dunningMessage.orElse(null));
    }

    private String vendorJson(StatementView view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Statement " + view.statementId() + " does not serialise", e);
        }
    }
}
