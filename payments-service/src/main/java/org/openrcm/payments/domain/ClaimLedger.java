package org.openrcm.payments.domain;

import java.util.List;

/** A claim's ledger: the claim as submitted, every entry posted to it, and where its balance stands. */
public record ClaimLedger(ExpectedClaim claim, List<LedgerEntry> entries, ClaimBalance balance) {
}
