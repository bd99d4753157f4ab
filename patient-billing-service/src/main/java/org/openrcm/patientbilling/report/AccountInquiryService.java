package org.openrcm.patientbilling.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.openrcm.patientbilling.domain.AccountItem;
import org.openrcm.patientbilling.domain.BillingException;
import org.openrcm.patientbilling.domain.ClaimSummary;
import org.openrcm.patientbilling.domain.Money;
import org.openrcm.patientbilling.domain.PatientAccount;
import org.openrcm.patientbilling.domain.Statement;
import org.openrcm.patientbilling.dunning.AccountHold;
import org.openrcm.patientbilling.dunning.HoldKind;
import org.openrcm.patientbilling.persistence.AccountHoldRepository;
import org.openrcm.patientbilling.persistence.AccountItemRepository;
import org.openrcm.patientbilling.persistence.AccountNoteRepository;
import org.openrcm.patientbilling.persistence.ClaimSummaryRepository;
import org.openrcm.patientbilling.persistence.PatientAccountRepository;
import org.openrcm.patientbilling.persistence.PaymentPlanRepository;
import org.openrcm.patientbilling.persistence.StatementRepository;
import org.openrcm.patientbilling.plan.PaymentPlan;
import org.openrcm.patientbilling.settings.BillingSettings;
import org.openrcm.patientbilling.settings.BillingSettingsService;
import org.openrcm.patientbilling.statement.AgingBuckets;
import org.openrcm.patientbilling.statement.OpenItem;
import org.openrcm.patientbilling.statement.OpenItems;

/** What a patient (or the biller on the phone with them) asks: what do I owe, and why; and the notes on it. */
@ApplicationScoped
public class AccountInquiryService {

    /** The account as the patient sees it; {@code openItems} is one page of {@code openItemCount}. */
    public record PatientView(PatientAccount account, BigDecimal amountDue, BigDecimal credit, LocalDate dueDate,
            AgingBuckets aging, List<HoldKind> holds, PaymentPlan activePlan, int openItemCount,
            List<OpenItem> openItems) {
    }

    private final PatientAccountRepository accounts;
    private final AccountItemRepository items;
    private final ClaimSummaryRepository claims;
    private final StatementRepository statements;
    private final AccountHoldRepository holds;
    private final PaymentPlanRepository plans;
    private final AccountNoteRepository notes;
    private final BillingSettingsService settings;
    private final Clock clock;

    AccountInquiryService(PatientAccountRepository accounts, AccountItemRepository items,
            ClaimSummaryRepository claims, StatementRepository statements, AccountHoldRepository holds,
            PaymentPlanRepository plans, AccountNoteRepository notes, BillingSettingsService settings, Clock clock) {
        this.accounts = accounts;
        this.items = items;
        this.claims = claims;
        this.statements = statements;
        this.holds = holds;
        this.plans = plans;
        this.notes = notes;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    public PatientView patientView(String tenantId, UUID accountId, int page, int size) {
        PatientAccount account = accounts.findForTenant(tenantId, accountId)
                .orElseThrow(() -> BillingException.noAccount(accountId));
        BillingSettings tenantSettings = settings.forTenant(tenantId);
        OpenItems open = openItems(tenantId, account.patientId(), items.listForAccount(tenantId, accountId),
                tenantSettings);
        LocalDate dueDate = statements.pageForAccount(tenantId, accountId, 0, 1).stream().findFirst()
                .map(Statement::dueDate).orElse(null);
        List<OpenItem> all = open.items();
        int from = (int) Math.min(all.size(), (long) page * size);
        return new PatientView(account, account.balance().max(Money.ZERO), account.balance().negate().max(Money.ZERO),
                dueDate, AgingBuckets.of(open, settings.today(tenantSettings)),
                holds.active(tenantId, accountId).stream().map(AccountHold::kind).toList(),
                plans.active(tenantId, accountId).orElse(null), all.size(),
                all.subList(from, Math.min(all.size(), from + size)));
    }

    /** The open items of one patient's account, aged from the statements that billed them. */
    OpenItems openItems(String tenantId, String patientId, List<AccountItem> accountItems,
            BillingSettings tenantSettings) {
        Map<String, ClaimSummary> byId = claims.findByClaimIds(tenantId,
                accountItems.stream().map(AccountItem::claimId).filter(Objects::nonNull).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(ClaimSummary::claimId, Function.identity()));
        return OpenItems.of(patientId, accountItems, byId, statements.datesOf(tenantId, accountItems.stream()
                .map(AccountItem::statementId).filter(Objects::nonNull).collect(Collectors.toSet())),
                tenantSettings.zone());
    }

    @Transactional
    public AccountNote addNote(String tenantId, UUID accountId, String author, String text) {
        accounts.findForTenant(tenantId, accountId).orElseThrow(() -> BillingException.noAccount(accountId));
        AccountNote note = AccountNote.of(tenantId, accountId, author, text, clock.instant());
        notes.persist(note);
        return note;
    }

    @Transactional
    public Optional<List<AccountNote>> notes(String tenantId, UUID accountId, int page, int size) {
        return accounts.findForTenant(tenantId, accountId).map(account -> notes.page(tenantId, accountId, page, size));
    }
}
