package org.openrcm.patientbilling.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
import org.openrcm.patientbilling.plan.PaymentPlan;
import org.openrcm.patientbilling.plan.PlanStatus;
import org.openrcm.patientbilling.settings.BillingSettings;
import org.openrcm.patientbilling.settings.DunningPolicy;
import org.openrcm.patientbilling.statement.AgingBuckets;
import org.openrcm.patientbilling.statement.OpenItem;
import org.openrcm.patientbilling.statement.OpenItems;
import org.openrcm.patientbilling.statement.StatementDocument;
import org.openrcm.patientbilling.statement.StatementPdfRenderer;
import org.openrcm.patientbilling.statement.StatementView;
import org.openrcm.plumbing.outbox.OutboxWriter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The statement cycle of a few guarantors, in a transaction of its own holding the row locks of every account they
 * answer for: a concurrent run waits for it and then finds nothing left to bill, and no event of a patient changes a
 * balance meanwhile. The accounts, their items, claims, statement dates, plans and holds are read with one query each
 * for all of them. Per account, in order: the payment plan is checked (a missed installment breaks it), a small
 * balance is written off, an account already billed today without anything new is left alone, and an account whose
 * final notice went unanswered goes to collections. Every other account that owes is billed on one statement per
 * guarantor at the highest dunning level among them, rendered as PDF and vendor JSON, unless the guarantor's total is
 * under the practice's minimum or the guarantor has no address yet.
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

    /** What the accounts of the guarantors being billed hold, read at once. */
    private record Accounts(Map<UUID, List<AccountItem>> items, Map<String, ClaimSummary> claims,
            Map<UUID, LocalDate> statementDates, Map<UUID, PaymentPlan> activePlans, Set<UUID> onHold) {
    }

    /** An account to be billed on its guarantor's statement, with its open items and its own dunning level. */
    private record Billed(PatientAccount account, List<AccountItem> unbilled, OpenItems open, int level) {
    }

    /**
     * Bills the guarantors named by their accounts. Any failure rolls all of them back: the caller then bills them one
     * by one, so that only the failing one is left out.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<StatementOutcome> cycle(String tenantId, List<UUID> guarantorAccountIds, BillingSettings settings,
            LocalDate today) {
        // A crash may lose the last statements' commits, but each whole (statement, items billed, event) or not at
        // all; the next run issues what was lost. Not waiting for the WAL flush is what makes a 50,000-guarantor
        // cycle fit in minutes.
        accounts.getEntityManager().createNativeQuery("SET LOCAL synchronous_commit TO OFF").executeUpdate();
        List<PatientAccount> locked = accounts.lockGuarantors(tenantId, guarantorAccountIds);
        Accounts read = read(tenantId, locked);
        Map<UUID, List<PatientAccount>> byGuarantor = locked.stream()
                .collect(Collectors.groupingBy(PatientAccount::guarantorAccountId));
        Instant now = clock.instant();
        List<StatementOutcome> outcomes = new ArrayList<>();
        for (UUID guarantorAccountId : guarantorAccountIds) {
            List<PatientAccount> household = byGuarantor.getOrDefault(guarantorAccountId, List.of());
            if (!household.isEmpty()) {
                PatientAccount guarantor = household.stream()
                        .filter(account -> account.id().equals(guarantorAccountId)).findFirst()
                        .orElseThrow(() -> new IllegalStateException("Guarantor account " + guarantorAccountId
                                + " answers for another guarantor's accounts"));
                outcomes.addAll(bill(guarantor, household, read, settings, today, now));
            }
        }
        return outcomes;
    }

    private Accounts read(String tenantId, List<PatientAccount> locked) {
        List<UUID> ids = locked.stream().map(PatientAccount::id).toList();
        List<AccountItem> all = items.listForAccounts(tenantId, ids);
        Map<String, ClaimSummary> claimsById = claims.findByClaimIds(tenantId,
                all.stream().map(AccountItem::claimId).filter(Objects::nonNull).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(ClaimSummary::claimId, Function.identity()));
        Map<UUID, LocalDate> statementDates = statements.datesOf(tenantId,
                all.stream().map(AccountItem::statementId).filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<UUID, PaymentPlan> activePlans = plans.activeForAccounts(tenantId, ids).stream()
                .collect(Collectors.toMap(PaymentPlan::accountId, Function.identity()));
        return new Accounts(all.stream().collect(Collectors.groupingBy(AccountItem::accountId)), claimsById,
                statementDates, activePlans, holds.onHold(tenantId, ids));
    }

    private List<StatementOutcome> bill(PatientAccount guarantor, List<PatientAccount> household, Accounts read,
            BillingSettings settings, LocalDate today, Instant now) {
        List<StatementOutcome> outcomes = new ArrayList<>();
        List<PatientAccount> owing = new ArrayList<>();
        for (PatientAccount account : household) {
            if (account.status() == AccountStatus.COLLECTIONS) {
                continue;
            }
            List<AccountItem> all = read.items().getOrDefault(account.id(), List.of());
            Optional.ofNullable(read.activePlans().get(account.id()))
                    .ifPresent(plan -> plan.check(paidInAll(all), today, now));
            BigDecimal balance = account.balance();
            if (balance.signum() <= 0) {
                continue;
            }
            if (balance.compareTo(settings.writeOffThreshold()) <= 0) {
                AccountItem writeOff = AccountItem.audited(account, ItemKind.ADJUSTMENT, balance, "SMALL_BALANCE",
                        RUN_ACTOR, "Balance at or under the practice's write-off threshold of "
                                + settings.writeOffThreshold().toPlainString(), now);
                items.persist(writeOff);
                account.post(writeOff);
                outcomes.add(StatementOutcome.writtenOff(balance));
                continue;
            }
            boolean nothingNew = all.stream().allMatch(item -> item.statementId() != null);
            if (nothingNew && account.lastStatementDate() != null && !account.lastStatementDate().isBefore(today)) {
                continue;
            }
            owing.add(account);
        }
        if (owing.isEmpty()) {
            return outcomes;
        }
        if (!guarantor.canBeMailed()) {
            outcomes.add(StatementOutcome.of(StatementOutcome.Result.SKIPPED_WITHOUT_ADDRESS));
            return outcomes;
        }
        DunningPolicy dunning = settings.dunning();
        List<Billed> billed = new ArrayList<>();
        for (PatientAccount account : owing) {
            List<AccountItem> all = read.items().getOrDefault(account.id(), List.of());
            OpenItems open = OpenItems.of(account.patientId(), all, read.claims(), read.statementDates(),
                    settings.zone());
            long age = open.oldestAgeDays(today).orElse(0L);
            PaymentPlan plan = read.activePlans().get(account.id());
            boolean planKept = plan != null && plan.status() == PlanStatus.ACTIVE;
            int level = read.onHold().contains(account.id()) || planKept ? 0 : dunning.levelFor(age);
            // an account under the minimum is not worth an agency's fee: it waits, as it would for a statement
            if (dunning.sendsToCollections(account.dunningLevel(), level)
                    && account.balance().compareTo(settings.minimumBalance()) >= 0) {
                outcomes.add(sendToCollections(account, settings, open, age, today, now));
            } else {
                billed.add(new Billed(account, all.stream().filter(item -> item.statementId() == null).toList(),
                        open, level));
            }
        }
        if (!billed.isEmpty()) {
            outcomes.add(issue(guarantor, billed, read, settings, today, now));
        }
        return outcomes;
    }

    private StatementOutcome issue(PatientAccount guarantor, List<Billed> billed, Accounts read,
            BillingSettings settings, LocalDate today, Instant now) {
        BigDecimal due = billed.stream().map(bill -> bill.account().balance()).reduce(Money.ZERO, BigDecimal::add);
        if (due.compareTo(settings.minimumBalance()) < 0) {
            return StatementOutcome.of(StatementOutcome.Result.BELOW_MINIMUM);
        }
        List<AccountItem> unbilled = billed.stream().flatMap(bill -> bill.unbilled().stream()).toList();
        StatementFigures figures = StatementFigures.of(billed.stream().map(bill -> bill.account()
                .lastStatementBalance()).reduce(Money.ZERO, BigDecimal::add), unbilled);
        // a statement that does not come to what the accounts owe would mail a wrong bill
        if (figures.balanceDue().compareTo(due) != 0) {
            throw new IllegalStateException("Statement of guarantor account " + guarantor.id() + " comes to "
                    + figures.balanceDue() + " but the accounts owe " + due);
        }
        Set<UUID> covered = new LinkedHashSet<>();
        covered.add(guarantor.id());
        billed.forEach(bill -> covered.add(bill.account().id()));
        int level = billed.stream().mapToInt(Billed::level).max().orElse(0);
        Statement statement = Statement.issue(guarantor, List.copyOf(covered), figures, today, settings.dueDays(),
                level, now);
        statements.persist(statement);
        itemise(statement, unbilled, read.claims(), settings.zone());
        billed.forEach(bill -> bill.account().recordStatement(statement, bill.level()));
        OpenItems open = billed.stream().map(Billed::open).reduce(OpenItems.NONE, OpenItems::plus);
        StatementView view = view(statement, settings, open, unbilled, AgingBuckets.of(open, today),
                settings.dunning().messageOf(level));
        documents.persist(StatementDocument.of(guarantor.tenantId(), statement.id(), renderer.render(view),
                vendorJson(view)));
        outbox.append(new PatientStatementIssued(guarantor.tenantId(), statement.id().toString(),
                guarantor.id().toString(), guarantor.patientId(), statement.statementDate(), statement.dueDate(),
                statement.previousBalance(), statement.newCharges(), statement.paymentsReceived(),
                statement.balanceDue(), statement.claimCount(), statement.issuedAt()));
        return StatementOutcome.issued(statement);
    }

    private StatementOutcome sendToCollections(PatientAccount account, BillingSettings settings, OpenItems open,
            long age, LocalDate today, Instant now) {
        account.sendToCollections(now);
        long daysPastDue = Math.max(0, age - settings.dueDays());
        outbox.append(new AccountSentToCollections(account.tenantId(), account.id().toString(), account.patientId(),
                settings.collectionAgency(), account.balance(), (int) daysPastDue, now));
        LocalDate oldestService = open.items().stream().map(OpenItem::dateOfService).filter(Objects::nonNull)
                .min(LocalDate::compareTo).orElse(null);
        return StatementOutcome.sentToCollections(new CollectionsPlacement(account.id().toString(),
                account.patientId(), account.guarantorFirstName(), account.guarantorLastName(),
                account.mailingAddress(), account.balance(), daysPastDue, oldestService, today));
    }

    private static BigDecimal paidInAll(List<AccountItem> all) {
        return all.stream().filter(item -> item.kind() == ItemKind.PAYMENT).map(AccountItem::amount)
                .reduce(Money.ZERO, BigDecimal::add);
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
