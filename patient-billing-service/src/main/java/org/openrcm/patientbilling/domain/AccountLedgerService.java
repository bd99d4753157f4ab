package org.openrcm.patientbilling.domain;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.openrcm.events.claims.ClaimCreated;
import org.openrcm.events.payments.PatientPaymentPosted;
import org.openrcm.events.payments.PatientResponsibilityDetermined;
import org.openrcm.patientbilling.persistence.AccountItemRepository;
import org.openrcm.patientbilling.persistence.ClaimSummaryRepository;
import org.openrcm.patientbilling.persistence.PatientAccountRepository;

/**
 * Keeps patient accounts from what the rest of the cycle announces. Claims and claim payments come on different
 * topics, in no order between them, so whichever event of a patient comes first opens the account; the guarantor's
 * name and address come with the patient's claims. Each method runs in the consumer's transaction, and locks the
 * account so that a statement run sees its balance and its items agree.
 */
@ApplicationScoped
public class AccountLedgerService {

    private final PatientAccountRepository accounts;
    private final AccountItemRepository items;
    private final ClaimSummaryRepository claims;
    private final Clock clock;

    AccountLedgerService(PatientAccountRepository accounts, AccountItemRepository items,
            ClaimSummaryRepository claims, Clock clock) {
        this.accounts = accounts;
        this.items = items;
        this.claims = claims;
        this.clock = clock;
    }

    /** A new claim of the patient: the account's guarantor, and the claim for the lines of a statement. */
    @Transactional
    public void claimCreated(ClaimCreated event) {
        PatientAccount account = accountOf(event.tenantId(), event.patient().patientId());
        account.updateGuarantor(event.patient(), event.createdAt());
        if (claims.findByClaimId(event.tenantId(), event.claimId()).isEmpty()) {
            claims.persist(ClaimSummary.of(event));
        }
    }

    /** The patient's share of a claim after insurance: a charge, billed on the next statement. */
    @Transactional
    public void responsibilityDetermined(PatientResponsibilityDetermined event) {
        PatientAccount account = accountOf(event.tenantId(), event.patientId());
        post(account, AccountItem.charge(account, event));
    }

    /** A payment of the patient's, posted in the ledger. */
    @Transactional
    public void patientPaymentPosted(PatientPaymentPosted event) {
        PatientAccount account = accountOf(event.tenantId(), event.patientId());
        post(account, AccountItem.payment(account, event));
    }

    private void post(PatientAccount account, AccountItem item) {
        items.persist(item);
        account.post(item);
    }

    /** The patient's account, locked; opened when this is the patient's first event. */
    private PatientAccount accountOf(String tenantId, String patientId) {
        Optional<PatientAccount> existing = accounts.lockByPatient(tenantId, patientId);
        if (existing.isPresent()) {
            return existing.get();
        }
        accounts.insertIfAbsent(PatientAccount.open(tenantId, patientId, clock.instant()));
        return accounts.lockByPatient(tenantId, patientId).orElseThrow();
    }
}
