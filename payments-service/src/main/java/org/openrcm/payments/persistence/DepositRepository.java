package org.openrcm.payments.persistence;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.openrcm.payments.deposit.Deposit;
import org.openrcm.payments.remittance.ReceivedRemittance;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;

/** Bank deposits and their reassociation with remittances, always within one tenant. */
@ApplicationScoped
public class DepositRepository implements PanacheRepositoryBase<Deposit, UUID> {

    public Optional<Deposit> findByReference(String tenantId, String bankReference) {
        return find("tenantId = ?1 and bankReference = ?2", tenantId, bankReference).firstResultOptional();
    }

    /** An unmatched deposit with the remittance's trace (TRN02) and amount (BPR02). */
    public Optional<Deposit> unmatchedFor(String tenantId, String traceNumber, BigDecimal amount) {
        return find("tenantId = ?1 and traceNumber = ?2 and amount = ?3 and remittanceId is null order by recordedAt",
                tenantId, traceNumber, amount).firstResultOptional();
    }

    /** A remittance with the deposit's trace and amount that no deposit was matched to yet. */
    public Optional<ReceivedRemittance> remittanceFor(String tenantId, String traceNumber, BigDecimal amount) {
        return getEntityManager().createQuery("select r from ReceivedRemittance r where r.tenantId = ?1"
                + " and r.traceNumber = ?2 and r.paymentAmount = ?3 and not exists (select 1 from Deposit d"
                + " where d.remittanceId = r.id) order by r.receivedAt", ReceivedRemittance.class)
                .setParameter(1, tenantId).setParameter(2, traceNumber).setParameter(3, amount).setMaxResults(1)
                .getResultStream().findFirst();
    }

    public List<Deposit> withoutRemittance(String tenantId, int page, int size) {
        return find("tenantId = ?1 and remittanceId is null order by depositDate, id", tenantId)
                .page(Page.of(page, size)).list();
    }

    /** Remittances that moved money (not NON, not zero) and no deposit was matched to. */
    public List<ReceivedRemittance> remittancesWithoutDeposit(String tenantId, int page, int size) {
        return getEntityManager().createQuery("select r from ReceivedRemittance r where r.tenantId = ?1"
                + " and r.paymentMethod <> 'NON' and r.paymentAmount <> 0 and not exists (select 1 from Deposit d"
                + " where d.remittanceId = r.id) order by r.paymentDate, r.id", ReceivedRemittance.class)
                .setParameter(1, tenantId).setFirstResult(page * size).setMaxResults(size).getResultList();
    }
}
