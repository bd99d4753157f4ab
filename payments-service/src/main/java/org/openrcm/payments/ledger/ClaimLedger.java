package org.openrcm.payments.ledger;

import java.util.List;

import org.openrcm.payments.claim.ExpectedClaim;

/** A claim's ledger: the claim as submitted, every entry posted to it, and where its balance stands. */
public record ClaimLedger(ExpectedClaim claim, List<LedgerEntry> entries, ClaimBalance balance) {
}
