package org.openrcm.payments.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.openrcm.payments.claim.ExpectedClaim;
import org.openrcm.payments.domain.ReasonCodes;
import org.openrcm.payments.ledger.ClaimBalance;
import org.openrcm.payments.ledger.ClaimLedger;
import org.openrcm.payments.ledger.LedgerEntry;
import org.openrcm.payments.ledger.LedgerEntryType;

/** A claim's ledger entries and balance figures. */
public record ClaimLedgerResponse(String claimId, String patientId, String payerId, LocalDate dateOfService,
        Instant submittedAt, ClaimBalance balance, List<Entry> entries) {

    /**
     * One ledger entry: group and reason are those of an adjustment; {@code source} says which segment of which
     * transaction set it came from (or which patient payment), {@code reversesEntryId} which entry a reversal took
     * back. A patient's payment has no claim payment or remittance.
     */
    public record Entry(long entryId, LedgerEntryType type, String claimId, String claimPaymentId,
            String remittanceId, Integer serviceLineNumber, String groupCode, String reasonCode, String description,
            BigDecimal amount, String payerId, Integer segmentPosition, String source, Long reversesEntryId,
            String note, Instant postedAt) {

        static Entry of(LedgerEntry entry) {
            return new Entry(entry.id(), entry.type(), entry.claimId(),
                    entry.claimPaymentId() == null ? null : entry.claimPaymentId().toString(),
                    entry.remittanceId() == null ? null : entry.remittanceId().toString(), entry.serviceLineNumber(),
                    entry.groupCode(),
                    entry.reasonCode(), entry.reasonCode() == null ? null
                            : ReasonCodes.adjustmentDescription(entry.reasonCode())
                                    .orElse(null),
                    entry.amount(), entry.payerId(), entry.segmentPosition(), entry.source(),
                    entry.reversesEntryId(), entry.note(), entry.postedAt());
        }
    }

    static ClaimLedgerResponse of(ClaimLedger ledger) {
        ExpectedClaim claim = ledger.claim();
        return new ClaimLedgerResponse(claim.claimId(), claim.patientId(), claim.payerId(), claim.dateOfService(),
                claim.submittedAt(), ledger.balance(), ledger.entries().stream().map(Entry::of).toList());
    }
}
