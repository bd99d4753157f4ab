package org.openrcm.patientbilling.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.openrcm.patientbilling.collections.CollectionsPlacement;

/**
 * What a statement run of one tenant did: statements issued and what they bill, accounts skipped (no address, under
 * the minimum), small balances written off, accounts sent to collections (and the agency file), and the accounts
 * that failed, each with the reason; a failed account does not stop the run.
 */
public record StatementRunResult(int statementsIssued, BigDecimal totalBalanceDue, int skippedWithoutAddress,
        int belowMinimum, int writtenOff, BigDecimal writtenOffAmount, List<CollectionsPlacement> sentToCollections,
        String collectionsFile, List<Failure> failures) {

    /** A guarantor (by their account) the run could not bill, and why. */
    public record Failure(String accountId, String reason) {
    }

    static StatementRunResult none() {
        return new StatementRunResult(0, Money.ZERO, 0, 0, 0, Money.ZERO, List.of(), null, List.of());
    }

    static StatementRunResult of(List<StatementOutcome> outcomes) {
        StatementRunResult result = none();
        for (StatementOutcome outcome : outcomes) {
            result = result.add(outcome);
        }
        return result;
    }

    /** Both parts of one run together (the collections file is written once, at the end). */
    StatementRunResult plus(StatementRunResult other) {
        List<CollectionsPlacement> placed = new ArrayList<>(sentToCollections);
        placed.addAll(other.sentToCollections);
        List<Failure> failed = new ArrayList<>(failures);
        failed.addAll(other.failures);
        return new StatementRunResult(statementsIssued + other.statementsIssued,
                totalBalanceDue.add(other.totalBalanceDue), skippedWithoutAddress + other.skippedWithoutAddress,
                belowMinimum + other.belowMinimum, writtenOff + other.writtenOff,
                writtenOffAmount.add(other.writtenOffAmount), List.copyOf(placed), collectionsFile,
                List.copyOf(failed));
    }

    StatementRunResult add(StatementOutcome outcome) {
        return switch (outcome.result()) {
            case ISSUED -> new StatementRunResult(statementsIssued + 1, totalBalanceDue.add(outcome.balanceDue()),
                    skippedWithoutAddress, belowMinimum, writtenOff, writtenOffAmount, sentToCollections,
                    collectionsFile, failures);
            case SKIPPED_WITHOUT_ADDRESS -> new StatementRunResult(statementsIssued, totalBalanceDue,
                    skippedWithoutAddress + 1, belowMinimum, writtenOff, writtenOffAmount, sentToCollections,
                    collectionsFile, failures);
            case BELOW_MINIMUM -> new StatementRunResult(statementsIssued, totalBalanceDue, skippedWithoutAddress,
                    belowMinimum + 1, writtenOff, writtenOffAmount, sentToCollections, collectionsFile, failures);
            case WRITTEN_OFF -> new StatementRunResult(statementsIssued, totalBalanceDue, skippedWithoutAddress,
                    belowMinimum, writtenOff + 1, writtenOffAmount.add(outcome.balanceDue()), sentToCollections,
                    collectionsFile, failures);
            case SENT_TO_COLLECTIONS -> new StatementRunResult(statementsIssued, totalBalanceDue,
                    skippedWithoutAddress, belowMinimum, writtenOff, writtenOffAmount,
                    append(sentToCollections, outcome.placement()), collectionsFile, failures);
            case NOTHING_TO_BILL -> this;
        };
    }

    StatementRunResult failed(String accountId, String reason) {
        return new StatementRunResult(statementsIssued, totalBalanceDue, skippedWithoutAddress, belowMinimum,
                writtenOff, writtenOffAmount, sentToCollections, collectionsFile,
                append(failures, new Failure(accountId, reason)));
    }

    StatementRunResult withCollectionsFile(String file) {
        return new StatementRunResult(statementsIssued, totalBalanceDue, skippedWithoutAddress, belowMinimum,
                writtenOff, writtenOffAmount, sentToCollections, file, failures);
    }

    private static <T> List<T> append(List<T> list, T element) {
        List<T> longer = new ArrayList<>(list);
        longer.add(element);
        return List.copyOf(longer);
    }
}
