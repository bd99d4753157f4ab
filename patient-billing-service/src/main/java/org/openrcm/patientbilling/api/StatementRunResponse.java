package org.openrcm.patientbilling.api;

import java.math.BigDecimal;
import java.util.List;

import org.openrcm.patientbilling.domain.StatementRunResult;

/**
 * What a statement run did: statements issued and what they bill in total, accounts skipped for want of an address
 * or under the minimum balance, small balances written off, accounts sent to collections (and the agency file), and
 * the accounts that failed with the reason (the rest were billed).
 */
public record StatementRunResponse(int statementsIssued, BigDecimal totalBalanceDue, int skippedWithoutAddress,
        int belowMinimum, int writtenOff, BigDecimal writtenOffAmount, List<String> sentToCollections,
        String collectionsFile, List<StatementRunResult.Failure> failures) {

    static StatementRunResponse of(StatementRunResult result) {
        return new StatementRunResponse(result.statementsIssued(), result.totalBalanceDue(),
                result.skippedWithoutAddress(), result.belowMinimum(), result.writtenOff(),
                result.writtenOffAmount(),
                result.sentToCollections().stream().map(placement -> placement.accountId()).toList(),
                result.collectionsFile(), result.failures());
    }
}
