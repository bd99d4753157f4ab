package org.openrcm.patientbilling.domain;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.openrcm.events.claims.ClaimCreated;
import org.openrcm.events.payments.PatientPaymentPosted;
import org.openrcm.events.payments.PatientResponsibilityDetermined;
import org.openrcm.events.payments.PatientResponsibilityDeterminedV2;
import org.openrcm.patientbilling.payment.PatientPaymentService;
import org.openrcm.patientbilling.persistence.AccountItemRepository;
import org.openrcm.patientbilling.persistence.ClaimResponsibilityRepository;
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
    private final ClaimResponsibilityRepository responsibilities;
    private final PatientPaymentService payments;
    private final Clock clock;

    AccountLedgerService(PatientAccountRepository accounts, AccountItemRepository items,
            ClaimSummaryRepository claims, ClaimResponsibilityRepository responsibilities,
            PatientPaymentService payments, Clock clock) {
        this.payments = payments;
        this.accounts = accounts;
        this.items = items;
        this.claims = claims;
        this.responsibilities = responsibilities;
        this.clock = clock;
    }

    /**
     * A new claim of the patient: the account's guarantor, and the claim for the lines of a statement. Only a self-pay
     * claim is a charge at once; any other waits for its payer: a patient is never billed while insurance is pending.
     */
    @Transactional
    public void claimCreated(ClaimCreated event) {
        PatientAccount account = accountOf(event.tenantId(), event.patient().patientId());
        account.updateGuarantor(event.patient(), event.createdAt());
        if (claims.findByClaimId(event.tenantId(), event.claimId()).isEmpty()) {
            ClaimSummary claim = ClaimSummary.of(event);
            claims.persist(claim);
            if (claim.selfPay()) {
                post(account, AccountItem.selfPayCharge(account, claim, clock.instant()));
                responsibilityOf(account, claim.claimId()).add(claim.totalCharge(), clock.instant());
            }
        }
    }

    /**
     * v1: one adjudication's patient share, added as a charge (older producers and old records). It is also added to
     * what the claim owes, so that a v2 determination that follows replaces it rather than adding to it.
     */
    @Transactional
    public void responsibilityDetermined(PatientResponsibilityDetermined event) {
        PatientAccount account = accountOf(event.tenantId(), event.patientId());
        post(account, AccountItem.charge(account, event));
        responsibilityOf(account, event.claimId()).add(event.amount(), clock.instant());
    }

    /**
     * v2: what the patient owes for the claim as it now stands replaces what the account held for it; the account
     * moves by the difference (a charge, negative when the patient owes less), so after any sequence of original,
     * reversal, correction and secondary adjudications the account holds the last one. A revision not newer than
     * the one applied changes nothing.
     */
    @Transactional
    public void responsibilityDetermined(PatientResponsibilityDeterminedV2 event) {
        PatientAccount account = accountOf(event.tenantId(), event.patientId());
        responsibilityOf(account, event.claimId()).replace(event.amount(), event.revision(), clock.instant())
                .filter(change -> change.signum() != 0)
                .ifPresent(change -> post(account, AccountItem.responsibilityChange(account, event, change)));
    }

    private ClaimResponsibility responsibilityOf(PatientAccount account, String claimId) {
        return responsibilities.findForClaim(account.tenantId(), claimId).orElseGet(() -> {
            ClaimResponsibility none = ClaimResponsibility.none(account, claimId, clock.instant());
            responsibilities.persist(none);
            return none;
        });
    }

    /**
     * A payment of the patient's, posted in the ledger. One taken here is already on the account and is only marked
     * posted; one taken elsewhere (a lockbox, the payments-service desk) is posted to the account now.
     */
    @Transactional
    public void patientPaymentPosted(PatientPaymentPosted event) {
        if (payments.markPosted(event)) {
            return;
        }
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
