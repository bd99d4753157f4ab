package org.openrcm.payments.deposit;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.openrcm.payments.domain.PostingAudit;
import org.openrcm.payments.persistence.ClaimLocks;
import org.openrcm.payments.persistence.DepositRepository;
import org.openrcm.payments.remittance.ReceivedRemittance;

/**
 * EFT reassociation: a deposit the bank reported is matched to the remittance with its trace number (TRN02) and
 * amount (BPR02), whichever of the two arrives first. What stays unmatched on either side is listed for follow-up.
 */
@ApplicationScoped
public class DepositService {

    /** A deposit recorded, and whether this call recorded it (false: its bank reference was recorded before). */
    public record Recorded(Deposit deposit, boolean created) {
    }

    private final DepositRepository deposits;
    private final ClaimLocks locks;
    private final PostingAudit audit;
    private final Clock clock;

    DepositService(DepositRepository deposits, ClaimLocks locks, PostingAudit audit, Clock clock) {
        this.deposits = deposits;
        this.locks = locks;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Recorded record(String tenantId, String bankReference, String traceNumber, BigDecimal amount,
            LocalDate depositDate, String actor) {
        Optional<Deposit> existing = deposits.findByReference(tenantId, bankReference);
        if (existing.isPresent()) {
            return new Recorded(existing.get(), false);
        }
        Deposit deposit = Deposit.of(tenantId, bankReference, traceNumber, amount, depositDate, clock.instant());
        if (traceNumber != null) {
            locks.lockTrace(tenantId, "deposit", traceNumber);
            deposits.remittanceFor(tenantId, traceNumber, deposit.amount())
                    .ifPresent(remittance -> deposit.reassociate(remittance.id()));
        }
        deposits.persist(deposit);
        audit.record(tenantId, PostingAudit.DEPOSIT, deposit.id(), "RECORD", actor, bankReference);
        return new Recorded(deposit, true);
    }

    /** A remittance just taken in finds the deposit that came before it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reassociate(ReceivedRemittance remittance) {
        locks.lockTrace(remittance.tenantId(), "deposit", remittance.traceNumber());
        deposits.unmatchedFor(remittance.tenantId(), remittance.traceNumber(), remittance.paymentAmount())
                .ifPresent(deposit -> deposit.reassociate(remittance.id()));
    }

    @Transactional
    public List<Deposit> withoutRemittance(String tenantId, int page, int size) {
        return deposits.withoutRemittance(tenantId, page, size);
    }

    @Transactional
    public List<ReceivedRemittance> remittancesWithoutDeposit(String tenantId, int page, int size) {
        return deposits.remittancesWithoutDeposit(tenantId, page, size);
    }
}
