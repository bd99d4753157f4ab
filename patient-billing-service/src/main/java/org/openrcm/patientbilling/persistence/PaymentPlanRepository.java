package org.openrcm.patientbilling.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.openrcm.patientbilling.plan.PaymentPlan;
import org.openrcm.patientbilling.plan.PlanStatus;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Payment plans, always looked up within one tenant. */
@ApplicationScoped
public class PaymentPlanRepository implements PanacheRepositoryBase<PaymentPlan, UUID> {

    public Optional<PaymentPlan> active(String tenantId, UUID accountId) {
        return find("tenantId = ?1 and accountId = ?2 and status = ?3", tenantId, accountId, PlanStatus.ACTIVE)
                .firstResultOptional();
    }

    public List<PaymentPlan> activeForAccounts(String tenantId, Collection<UUID> accountIds) {
        return list("tenantId = ?1 and accountId in ?2 and status = ?3", tenantId, accountIds, PlanStatus.ACTIVE);
    }

    public List<PaymentPlan> listForAccount(String tenantId, UUID accountId) {
        return list("tenantId = ?1 and accountId = ?2", Sort.by("createdAt"), tenantId, accountId);
    }

    public long countByStatus(String tenantId, PlanStatus status) {
        return count("tenantId = ?1 and status = ?2", tenantId, status);
    }
}
