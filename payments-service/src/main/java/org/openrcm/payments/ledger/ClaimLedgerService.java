package org.openrcm.payments.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.openrcm.payments.domain.Money;
import org.openrcm.payments.persistence.ExpectedClaimRepository;
import org.openrcm.payments.persistence.LedgerEntryRepository;
import org.openrcm.payments.remittance.PayeeAdjustment;

/**
 * The ledger's answers: the balance of a claim, one of its lines, a patient or a payer at any time ({@code asOf}
 * null: now), with the entries that make it (each naming the segment it came from); and the payee's account of
 * provider-level adjustments. Only the tenant's own claims, patients and payers have one.
 */
@ApplicationScoped
public class ClaimLedgerService {

    /** A balance and the entries behind it. */
    public record Ledger(String subject, Instant asOf, ClaimBalance balance, List<LedgerEntry> entries) {
    }

    /** The payee's account with the payers: its PLB adjustments and their total (positive: owed back to payers). */
    public record PayeeAccount(String payeeId, Instant asOf, BigDecimal balance, List<PayeeAdjustment> adjustments) {
    }

    private final ExpectedClaimRepository expectedClaims;
    private final LedgerEntryRepository ledger;
    private final EntityManager entityManager;

    ClaimLedgerService(ExpectedClaimRepository expectedClaims, LedgerEntryRepository ledger,
            EntityManager entityManager) {
        this.expectedClaims = expectedClaims;
        this.ledger = ledger;
        this.entityManager = entityManager;
    }

    @Transactional
    public Optional<ClaimLedger> ledger(String tenantId, String claimId) {
        return ledger(tenantId, claimId, null);
    }

    @Transactional
    public Optional<ClaimLedger> ledger(String tenantId, String claimId, Instant asOf) {
        return expectedClaims.findForTenant(tenantId, claimId).map(claim -> {
            List<LedgerEntry> entries = ledger.forClaim(tenantId, claimId, asOf);
            return new ClaimLedger(claim, entries, ClaimBalance.of(claim.totalCharge(), entries));
        });
    }

    /** One line of a claim: its entries, against the line's charge when the claim's lines are known. */
    @Transactional
    public Optional<Ledger> line(String tenantId, String claimId, int lineNumber, Instant asOf) {
        return expectedClaims.findForTenant(tenantId, claimId).map(claim -> {
            List<LedgerEntry> entries = ledger.forClaim(tenantId, claimId, asOf).stream()
                    .filter(e -> e.serviceLineNumber() != null && e.serviceLineNumber() == lineNumber).toList();
            BigDecimal charge = entityManager.createQuery("select l.charge from ExpectedClaimLine l where"
                    + " l.tenantId = ?1 and l.claimId = ?2 and l.lineNumber = ?3", BigDecimal.class)
                    .setParameter(1, tenantId).setParameter(2, claimId).setParameter(3, lineNumber)
                    .getResultStream().findFirst().orElse(Money.ZERO);
            return new Ledger(claimId + " line " + lineNumber, asOf, ClaimBalance.of(charge, entries), entries);
        });
    }

    /** Every claim of the patient submitted by then, together. */
    @Transactional
    public Optional<Ledger> patient(String tenantId, String patientId, Instant asOf) {
        return aggregate(tenantId, "patientId", patientId, asOf, ledger.forPatient(tenantId, patientId, asOf));
    }

    /** Every claim submitted to the payer by then, together. */
    @Transactional
    public Optional<Ledger> payer(String tenantId, String payerId, Instant asOf) {
        return aggregate(tenantId, "payerId", payerId, asOf, ledger.forPayer(tenantId, payerId, asOf));
    }

    @Transactional
    public PayeeAccount payee(String tenantId, String payeeId, Instant asOf) {
        List<PayeeAdjustment> adjustments = entityManager.createQuery("select p from PayeeAdjustment p where"
                + " p.tenantId = ?1 and p.payeeId = ?2 and p.postedAt is not null and p.postedAt <= ?3"
                + " order by p.postedAt, p.remittance.id, p.itemIndex", PayeeAdjustment.class)
                .setParameter(1, tenantId).setParameter(2, payeeId)
                .setParameter(3, asOf == null ? Instant.parse("9999-12-31T00:00:00Z") : asOf).getResultList();
        return new PayeeAccount(payeeId, asOf, Money.sum(adjustments.stream().map(PayeeAdjustment::amount)),
                adjustments);
    }

    private Optional<Ledger> aggregate(String tenantId, String field, String value, Instant asOf,
            List<LedgerEntry> entries) {
        List<BigDecimal> charges = entityManager.createQuery("select c.totalCharge from ExpectedClaim c where"
                + " c.tenantId = ?1 and c." + field + " = ?2 and c.submittedAt <= ?3", BigDecimal.class)
                .setParameter(1, tenantId).setParameter(2, value)
                .setParameter(3, asOf == null ? Instant.parse("9999-12-31T00:00:00Z") : asOf).getResultList();
        if (charges.isEmpty() && entries.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Ledger(value, asOf, ClaimBalance.of(Money.sum(charges.stream()), entries), entries));
    }
}
