package org.openrcm.payments.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.openrcm.payments.domain.ClaimBalance;
import org.openrcm.payments.domain.ClaimLedger;
import org.openrcm.payments.domain.ExpectedClaim;
import org.openrcm.payments.domain.LedgerEntry;
import org.openrcm.payments.domain.LedgerEntryType;

/** A claim's ledger entries and balance figures. */
public record ClaimLedgerResponse(String claimId, String patientId, String payerId, LocalDate dateOfService,
        Instant submittedAt, ClaimBalance balance, List<Entry> entries) {

    /** One ledger entry; group and reason are those of an adjustment. */
    public record Entry(LedgerEntryType type, String claimPaymentId, String remittanceId, String groupCode,
            String reasonCode, BigDecimal amount, Instant postedAt) {

        static Entry of(LedgerEntry entry) {
            return new Entry(entry.type(), entry.claimPaymentId().toString(), entry.remittanceId().toString(),
                    entry.groupCode(), entry.reasonCode(), entry.amount(), entry.postedAt());
        }
    }

    static ClaimLedgerResponse of(ClaimLedger ledger) {
        ExpectedClaim claim = ledger.claim();
        return new ClaimLedgerResponse(claim.claimId(), claim.patientId(), claim.payerId(), claim.dateOfService(),
                claim.submittedAt(), ledger.balance(), ledger.entries().stream().map(Entry::of).toList());
    }
}
