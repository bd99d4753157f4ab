package org.openrcm.patientbilling.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.openrcm.patientbilling.domain.PatientAccount;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** Patient accounts, always looked up within one tenant. */
@ApplicationScoped
public class PatientAccountRepository implements PanacheRepositoryBase<PatientAccount, UUID> {

    private static final String INSERT_IF_ABSENT = "INSERT INTO patient_account (id, tenant_id, patient_id, balance,"
            + " last_statement_balance, created_at, guarantor_account_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?1)"
            + " ON CONFLICT (tenant_id, patient_id) DO NOTHING";

    /**
     * The guarantors (by their account) of accounts billed by the practice that owe something and have items no
     * statement showed yet or were not billed today, after {@code afterId}, in order.
     */
    private static final String BILLABLE = "select distinct a.guarantorAccountId from PatientAccount a"
            + " where a.tenantId = :tenant and a.status = org.openrcm.patientbilling.domain.AccountStatus.ACTIVE"
            + " and a.balance > 0 and a.guarantorAccountId > :after and (a.lastStatementDate is null"
            + " or a.lastStatementDate < :today"
            + " or exists (select 1 from AccountItem i where i.accountId = a.id and i.statementId is null))"
            + " order by a.guarantorAccountId";

    public Optional<PatientAccount> findForTenant(String tenantId, UUID id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
    }

    /** The account, locked until the transaction ends: its balance and items change only under this lock. */
    public Optional<PatientAccount> lockForTenant(String tenantId, UUID id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** The patient's account, locked until the transaction ends. */
    public Optional<PatientAccount> lockByPatient(String tenantId, String patientId) {
        return find("tenantId = ?1 and patientId = ?2", tenantId, patientId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /**
     * Inserts a new account unless the patient has one. A concurrent insert for the same patient (the first events of
     * a patient arrive on two topics at once) makes this one wait for it and then do nothing, rather than fail.
     */
    public void insertIfAbsent(PatientAccount account) {
        getEntityManager().createNativeQuery(INSERT_IF_ABSENT).setParameter(1, account.id())
                .setParameter(2, account.tenantId()).setParameter(3, account.patientId())
                .setParameter(4, account.balance()).setParameter(5, account.lastStatementBalance())
                .setParameter(6, account.createdAt()).executeUpdate();
    }

    public List<PatientAccount> listForTenant(String tenantId, int pageIndex, int pageSize) {
        return find("tenantId = ?1", Sort.by("patientId"), tenantId).page(Page.of(pageIndex, pageSize)).list();
    }

    /**
     * The accounts of the guarantors named by their accounts, locked until the transaction ends, in id order (the
     * order every statement run locks them in).
     */
    public List<PatientAccount> lockGuarantors(String tenantId, Collection<UUID> guarantorAccountIds) {
        return find("tenantId = ?1 and guarantorAccountId in ?2", Sort.by("id"), tenantId, guarantorAccountIds)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** The accounts with these ids, locked until the transaction ends, in id order. */
    public List<PatientAccount> lockAll(String tenantId, Collection<UUID> ids) {
        return find("tenantId = ?1 and id in ?2", Sort.by("id"), tenantId, ids)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** Whether the guarantor of this account answers for other accounts too. */
    public boolean isGuarantorOfOthers(String tenantId, UUID accountId) {
        return count("tenantId = ?1 and guarantorAccountId = ?2 and id <> ?2", tenantId, accountId) > 0;
    }

    /** Up to {@code limit} guarantor account ids of billable accounts, in order after {@code afterId} (keyset). */
    public List<UUID> billableGuarantors(String tenantId, UUID afterId, LocalDate today, int limit) {
        return getEntityManager().createQuery(BILLABLE, UUID.class).setParameter("tenant", tenantId)
                .setParameter("after", afterId).setParameter("today", today).setMaxResults(limit).getResultList();
    }
}
