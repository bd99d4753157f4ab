package org.openrcm.patientbilling.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.openrcm.patientbilling.domain.AccountItem;
import org.openrcm.patientbilling.domain.Money;
import org.openrcm.patientbilling.persistence.AccountItemRepository;
import org.openrcm.patientbilling.persistence.PaymentPlanRepository;
import org.openrcm.patientbilling.plan.PlanStatus;
import org.openrcm.patientbilling.settings.BillingSettings;
import org.openrcm.patientbilling.settings.BillingSettingsService;
import org.openrcm.patientbilling.statement.AgingBuckets;

/**
 * A practice's patient A/R KPIs: aging of what patients owe (by claim, in local days), credits, what is with the
 * collection agency, the average days from a statement to the next patient payment, the collection rate (patient
 * payments / patient charges) and plan compliance (plans kept or completed / all plans).
 */
@ApplicationScoped
public class PatientArReportService {

    public record PatientArKpis(LocalDate asOf, AgingBuckets aging, BigDecimal totalOwed, BigDecimal credits,
            long accountsInCollections, BigDecimal inCollections, BigDecimal averageDaysStatementToPayment,
            BigDecimal patientCharges, BigDecimal patientPayments, BigDecimal collectionRate, long plansActive,
            long plansCompleted, long plansBroken, BigDecimal planCompliance) {
    }

    private static final int BATCH = 500;
    private static final String STATEMENT_TO_PAYMENT = "SELECT avg(extract(epoch FROM (p.paid - s.issued_at)) / 86400)"
            + " FROM statement s JOIN LATERAL (SELECT min(i.occurred_at) AS paid FROM account_item i"
            + " WHERE i.account_id = s.account_id AND i.kind = 'PAYMENT' AND i.occurred_at > s.issued_at) p"
            + " ON p.paid IS NOT NULL WHERE s.tenant_id = ?1";
    private static final String SUMS = "SELECT kind, coalesce(sum(amount), 0) FROM account_item WHERE tenant_id = ?1"
            + " GROUP BY kind";
    private static final String COLLECTIONS = "SELECT count(*), coalesce(sum(balance), 0) FROM patient_account"
            + " WHERE tenant_id = ?1 AND status = 'COLLECTIONS'";
    private static final String OWING_IDS = "SELECT id FROM patient_account WHERE tenant_id = ?1 AND balance <> 0"
            + " AND status = 'ACTIVE' AND id > ?2 ORDER BY id LIMIT " + BATCH;

    private final EntityManager entityManager;
    private final AccountItemRepository items;
    private final PaymentPlanRepository plans;
    private final AccountInquiryService inquiries;
    private final BillingSettingsService settings;

    PatientArReportService(EntityManager entityManager, AccountItemRepository items,
            PaymentPlanRepository plans, AccountInquiryService inquiries,
            BillingSettingsService settings) {
        this.entityManager = entityManager;
        this.items = items;
        this.plans = plans;
        this.inquiries = inquiries;
        this.settings = settings;
    }

    @Transactional
    public PatientArKpis kpis(String tenantId) {
        BillingSettings tenantSettings = settings.forTenant(tenantId);
        LocalDate today = settings.today(tenantSettings);
        AgingBuckets aging = AgingBuckets.NONE;
        BigDecimal credits = Money.ZERO;
        UUID after = new UUID(0, 0);
        List<UUID> batch;
        do {
            @SuppressWarnings("unchecked")
            List<UUID> ids = entityManager.createNativeQuery(OWING_IDS, UUID.class).setParameter(1, tenantId)
                    .setParameter(2, after).getResultList();
            batch = ids;
            Map<UUID, List<AccountItem>> byAccount = items.listForAccounts(tenantId, batch).stream()
                    .collect(Collectors.groupingBy(AccountItem::accountId));
            for (UUID accountId : batch) {
                var open = inquiries.openItems(tenantId, null, byAccount.getOrDefault(accountId, List.of()),
                        tenantSettings);
                aging = aging.plus(AgingBuckets.of(open, today));
                credits = credits.add(open.credit().max(Money.ZERO));
                after = accountId;
            }
            entityManager.clear();
        } while (batch.size() == BATCH);

        Map<String, BigDecimal> sums = ((List<?>) entityManager.createNativeQuery(SUMS).setParameter(1, tenantId)
                .getResultList()).stream().map(row -> (Object[]) row)
                .collect(Collectors.toMap(row -> (String) row[0], row -> money(row[1])));
        BigDecimal charges = sums.getOrDefault("CHARGE", Money.ZERO);
        BigDecimal payments = sums.getOrDefault("PAYMENT", Money.ZERO);
        Object[] collections = (Object[]) entityManager.createNativeQuery(COLLECTIONS).setParameter(1, tenantId)
                .getSingleResult();
        Object days = entityManager.createNativeQuery(STATEMENT_TO_PAYMENT).setParameter(1, tenantId)
                .getSingleResult();
        long active = plans.countByStatus(tenantId, PlanStatus.ACTIVE);
        long completed = plans.countByStatus(tenantId, PlanStatus.COMPLETED);
        long broken = plans.countByStatus(tenantId, PlanStatus.BROKEN);
        long allPlans = active + completed + broken;
        return new PatientArKpis(today, aging, aging.total(), credits, ((Number) collections[0]).longValue(),
                money(collections[1]), days == null ? null : money(days).setScale(1, RoundingMode.HALF_UP), charges,
                payments, ratio(payments, charges),
                active, completed, broken,
                allPlans == 0 ? null : ratio(BigDecimal.valueOf(active + completed), BigDecimal.valueOf(allPlans)));
    }

    private static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.divide(whole, 4, RoundingMode.HALF_UP);
    }

    private static BigDecimal money(Object value) {
        return new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_UP);
    }
}
