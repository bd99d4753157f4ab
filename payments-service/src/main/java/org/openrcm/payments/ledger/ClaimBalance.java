package org.openrcm.payments.ledger;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.openrcm.payments.domain.Money;
import org.openrcm.payments.remittance.ClaimRemittance;

/**
 * Where a claim's money stands, from its charge and its ledger.
 *
 * @param contractualAdjustments group CO: written off under the payer contract
 * @param otherAdjustments       groups OA and PI
 * @param writtenOff             denials a poster wrote off
 * @param patientResponsibility  group PR: the patient's share
 * @param insuranceBalance       still expected from the payer: charge - paid - every adjustment
 * @param patientPaid            what the patient paid (towards the claim, or for a patient's ledger to the account)
 * @param balance                still owed by payer and patient together: the insurance balance plus the patient's
 *                               share, less what the patient paid
 */
public record ClaimBalance(BigDecimal chargeAmount, BigDecimal insurancePaid, BigDecimal contractualAdjustments,
        BigDecimal otherAdjustments, BigDecimal writtenOff, BigDecimal patientResponsibility,
        BigDecimal insuranceBalance, BigDecimal patientPaid, BigDecimal balance) {

    private static final Set<String> OTHER_GROUPS = Set.of("OA", "PI", "CR");

    public static ClaimBalance of(BigDecimal chargeAmount, List<LedgerEntry> entries) {
        BigDecimal paid = total(entries, entry -> entry.type() == LedgerEntryType.INSURANCE_PAYMENT);
        BigDecimal contractual = total(entries, adjustmentIn(Set.of("CO")));
        BigDecimal other = total(entries, adjustmentIn(OTHER_GROUPS));
        BigDecimal patient = total(entries, adjustmentIn(Set.of(ClaimRemittance.PATIENT_RESPONSIBILITY)));
        BigDecimal writtenOff = total(entries, entry -> entry.type() == LedgerEntryType.WRITE_OFF);
        BigDecimal insuranceBalance = chargeAmount.subtract(paid).subtract(contractual).subtract(other)
                .subtract(writtenOff).subtract(patient);
        BigDecimal patientPaid = total(entries, entry -> entry.type() == LedgerEntryType.PATIENT_PAYMENT);
        return new ClaimBalance(chargeAmount, paid, contractual, other, writtenOff, patient, insuranceBalance,
                patientPaid, insuranceBalance.add(patient).subtract(patientPaid));
    }

    private static Predicate<LedgerEntry> adjustmentIn(Set<String> groups) {
        return entry -> entry.type() == LedgerEntryType.ADJUSTMENT && groups.contains(entry.groupCode());
    }

    private static BigDecimal total(List<LedgerEntry> entries, Predicate<LedgerEntry> filter) {
        return Money.sum(entries.stream().filter(filter).map(LedgerEntry::amount));
    }
}
