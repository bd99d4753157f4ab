package org.openrcm.patientbilling.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.openrcm.patientbilling.domain.AccountItem;
import org.openrcm.patientbilling.domain.AccountStatus;
import org.openrcm.patientbilling.domain.BillingException;
import org.openrcm.patientbilling.domain.ItemKind;
import org.openrcm.patientbilling.domain.Money;
import org.openrcm.patientbilling.domain.PatientAccount;
import org.openrcm.patientbilling.persistence.AccountItemRepository;
import org.openrcm.patientbilling.persistence.PatientAccountRepository;
import org.openrcm.patientbilling.persistence.PaymentPlanRepository;
import org.openrcm.patientbilling.settings.BillingSettingsService;
import org.openrcm.plumbing.outbox.OutboxWriter;

/**
 * Sets up payment plans: at most one active plan per account, for no more than it owes, starting within 60 days of
 * the practice's today; {@code PaymentPlanCreated} goes out through the outbox. Plans are checked at each statement
 * run (StatementIssuer).
 */
@ApplicationScoped
public class PaymentPlanService {

    /** What a plan is asked for. */
    public record Terms(BigDecimal totalAmount, BigDecimal installmentAmount, PlanFrequency frequency,
            LocalDate firstDueDate, boolean autopay) {
    }

    private final PatientAccountRepository accounts;
    private final AccountItemRepository items;
    private final PaymentPlanRepository plans;
    private final BillingSettingsService settings;
    private final OutboxWriter outbox;
    private final Clock clock;

    PaymentPlanService(PatientAccountRepository accounts, AccountItemRepository items, PaymentPlanRepository plans,
            BillingSettingsService settings, OutboxWriter outbox, Clock clock) {
        this.accounts = accounts;
        this.items = items;
        this.plans = plans;
        this.settings = settings;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public PaymentPlan create(String tenantId, UUID accountId, Terms terms) {
        PatientAccount account = accounts.lockForTenant(tenantId, accountId)
                .orElseThrow(() -> BillingException.noAccount(accountId));
        if (account.status() == AccountStatus.COLLECTIONS) {
            throw new BillingException(BillingException.Kind.CONFLICT, "in-collections",
                    "Account " + accountId + " is with the collection agency; recall it first");
        }
        if (plans.active(tenantId, accountId).isPresent()) {
            throw new BillingException(BillingException.Kind.CONFLICT, "plan-exists",
                    "Account " + accountId + " already has an active payment plan");
        }
        if (terms.totalAmount().compareTo(account.balance()) > 0) {
            throw new BillingException(BillingException.Kind.UNPROCESSABLE, "plan-exceeds-balance",
                    "The plan's total " + terms.totalAmount().toPlainString() + " is more than the account owes, "
                            + account.balance().toPlainString());
        }
        if (terms.installmentAmount().compareTo(terms.totalAmount()) > 0) {
            throw new BillingException(BillingException.Kind.UNPROCESSABLE, "invalid-plan",
                    "The installment amount is more than the plan's total");
        }
        LocalDate today = settings.today(settings.forTenant(tenantId));
        if (terms.firstDueDate().isBefore(today) || terms.firstDueDate().isAfter(today.plusDays(60))) {
            throw new BillingException(BillingException.Kind.UNPROCESSABLE, "invalid-plan",
                    "The first installment must be due between " + today + " and " + today.plusDays(60));
        }
        BigDecimal paidSoFar = items.listForAccount(tenantId, accountId).stream()
                .filter(item -> item.kind() == ItemKind.PAYMENT).map(AccountItem::amount)
                .reduce(Money.ZERO, BigDecimal::add);
        PaymentPlan.Created created = PaymentPlan.create(account, terms.totalAmount(), terms.installmentAmount(),
                terms.frequency(), terms.firstDueDate(), terms.autopay(), paidSoFar, clock.instant());
        plans.persist(created.plan());
        outbox.append(created.event());
        return created.plan();
    }

    @Transactional
    public List<PaymentPlan> plansOf(String tenantId, UUID accountId) {
        accounts.findForTenant(tenantId, accountId).orElseThrow(() -> BillingException.noAccount(accountId));
        return plans.listForAccount(tenantId, accountId);
    }
}
