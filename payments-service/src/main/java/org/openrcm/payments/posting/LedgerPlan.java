package org.openrcm.payments.posting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.openrcm.payments.domain.Money;
import org.openrcm.payments.ledger.LedgerEntryType;
import org.openrcm.payments.remittance.Cas;
import org.openrcm.payments.remittance.ClaimRemittance;
import org.openrcm.payments.remittance.ServiceLineRemittance;

/**
 * The ledger entries an adjudication posts, as the payer sent it: line by line (each line's payment, then its CAS),
 * the claim-level CAS, and whatever the claim's payment (CLP04) holds beyond its lines' payments. For a balanced
 * claim the payments add up to CLP04 and payments plus adjustments to the charge.
 */
public final class LedgerPlan {

    /** One entry to post; {@code serviceLineNumber} is our claim line, null for the claim as a whole. */
    public record Entry(LedgerEntryType type, String groupCode, String reasonCode, BigDecimal amount,
            Integer serviceLineNumber, String segment, int segmentPosition) {
    }

    private LedgerPlan() {
    }

    /**
     * @param lineNumbers our line number for each service line (null where none matched)
     * @param adjustments which CAS to post (a denial posts only the patient's share)
     * @param payments    whether the payer's payments are posted (a denial moves no payer money)
     */
    public static List<Entry> of(ClaimRemittance remitted, List<Integer> lineNumbers, Predicate<Cas> adjustments,
            boolean payments) {
        List<Entry> entries = new ArrayList<>();
        BigDecimal linesPaid = Money.ZERO;
        for (int i = 0; i < remitted.lines().size(); i++) {
            ServiceLineRemittance line = remitted.lines().get(i);
            Integer ours = lineNumbers.get(i);
            if (payments) {
                entries.add(new Entry(LedgerEntryType.INSURANCE_PAYMENT, null, null, line.paidAmount(), ours, "SVC",
                        line.segmentPosition()));
            }
            linesPaid = linesPaid.add(line.paidAmount());
            for (Cas cas : line.adjustments()) {
                if (adjustments.test(cas)) {
                    entries.add(new Entry(LedgerEntryType.ADJUSTMENT, cas.groupCode(), cas.reasonCode(), cas.amount(),
                            ours, "CAS", cas.segmentPosition()));
                }
            }
        }
        BigDecimal claimLevelPaid = remitted.paidAmount().subtract(linesPaid);
        if (payments && (remitted.lines().isEmpty() || claimLevelPaid.signum() != 0)) {
            entries.add(new Entry(LedgerEntryType.INSURANCE_PAYMENT, null, null, claimLevelPaid, null, "CLP",
                    remitted.segmentPosition()));
        }
        for (Cas cas : remitted.adjustments()) {
            if (adjustments.test(cas)) {
                entries.add(new Entry(LedgerEntryType.ADJUSTMENT, cas.groupCode(), cas.reasonCode(), cas.amount(),
                        null, "CAS", cas.segmentPosition()));
            }
        }
        return entries;
    }
}
