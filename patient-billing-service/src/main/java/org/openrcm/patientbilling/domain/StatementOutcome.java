package org.openrcm.patientbilling.domain;

import java.math.BigDecimal;

/** What a statement run did with one account. */
public record StatementOutcome(Result result, BigDecimal balanceDue) {

    public enum Result {
        ISSUED,
        /** Owes something, but the guarantor's address is not known yet; its items stay unbilled. */
        SKIPPED_WITHOUT_ADDRESS,
        /** Another run billed it meanwhile, or it no longer owes anything. */
        NOTHING_TO_BILL
    }

    static StatementOutcome issued(Statement statement) {
        return new StatementOutcome(Result.ISSUED, statement.balanceDue());
    }

    static StatementOutcome skippedWithoutAddress() {
        return new StatementOutcome(Result.SKIPPED_WITHOUT_ADDRESS, Money.ZERO);
    }

    static StatementOutcome nothingToBill() {
        return new StatementOutcome(Result.NOTHING_TO_BILL, Money.ZERO);
    }
}
