package org.openrcm.patientbilling.dunning;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.openrcm.patientbilling.domain.BillingException;
import org.openrcm.patientbilling.domain.PatientAccount;
import org.openrcm.patientbilling.persistence.AccountHoldRepository;
import org.openrcm.patientbilling.persistence.PatientAccountRepository;

/** Places and clears holds; a hold of a kind already active is kept as it is (setting it again is a no-op). */
@ApplicationScoped
public class HoldService {

    private final PatientAccountRepository accounts;
    private final AccountHoldRepository holds;
    private final Clock clock;

    HoldService(PatientAccountRepository accounts, AccountHoldRepository holds, Clock clock) {
        this.accounts = accounts;
        this.holds = holds;
        this.clock = clock;
    }

    @Transactional
    public AccountHold place(String tenantId, UUID accountId, HoldKind kind, String note, String user) {
        PatientAccount account = accounts.lockForTenant(tenantId, accountId)
                .orElseThrow(() -> BillingException.noAccount(accountId));
        return holds.activeOfKind(tenantId, accountId, kind).orElseGet(() -> {
            AccountHold hold = AccountHold.place(account, kind, note, user, clock.instant());
            holds.persist(hold);
            return hold;
        });
    }

    @Transactional
    public AccountHold clear(String tenantId, UUID accountId, HoldKind kind, String user) {
        accounts.lockForTenant(tenantId, accountId).orElseThrow(() -> BillingException.noAccount(accountId));
        AccountHold hold = holds.activeOfKind(tenantId, accountId, kind)
                .orElseThrow(() -> new BillingException(BillingException.Kind.NOT_FOUND, "not-found",
                        "Account " + accountId + " has no active " + kind + " hold"));
        hold.clear(user, clock.instant());
        return hold;
    }

    /** Every hold the account ever had, oldest first. */
    @Transactional
    public List<AccountHold> history(String tenantId, UUID accountId) {
        accounts.findForTenant(tenantId, accountId).orElseThrow(() -> BillingException.noAccount(accountId));
        return holds.history(tenantId, accountId);
    }
}
