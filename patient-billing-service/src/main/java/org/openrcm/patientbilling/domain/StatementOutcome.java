package org.openrcm.patientbilling.domain;

import java.math.BigDecimal;

import org.openrcm.patientbilling.collections.CollectionsPlacement;

/** What a statement run did with one account. */
public record StatementOutcome(Result result, BigDecimal balanceDue, CollectionsPlacement placement) {

    public enum Result {
        ISSUED,
        /** Owes something, but the guarantor's address is not known yet; its items stay unbilled. */
        SKIPPED_WITHOUT_ADDRESS,
        /** Another run billed it meanwhile, it no longer owes anything, or it was billed today already. */
        NOTHING_TO_BILL,
        /** Owes less than the practice's minimum statement balance: not worth a statement yet. */
        BELOW_MINIMUM,
        /** Owed no more than the practice's small-balance threshold: written off, audited. */
        WRITTEN_OFF,
        /** The final notice went unanswered: placed with the collection agency. */
        SENT_TO_COLLECTIONS
    }

    static StatementOutcome issued(Statement statement) {
        return new StatementOutcome(Result.ISSUED, statement.balanceDue(), null);
    }

    static StatementOutcome of(Result result) {
        return new StatementOutcome(result, Money.ZERO, null);
    }

    static StatementOutcome writtenOff(BigDecimal amount) {
        return new StatementOutcome(Result.WRITTEN_OFF, amount, null);
    }

    static StatementOutcome sentToCollections(CollectionsPlacement placement) {
        return new StatementOutcome(Result.SENT_TO_COLLECTIONS, placement.balance(), placement);
    }
}
