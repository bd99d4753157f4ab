package org.openrcm.patientbilling.domain;

import java.math.BigDecimal;

/** What a statement run of one tenant did. */
public record StatementRunResult(int statementsIssued, BigDecimal totalBalanceDue, int skippedWithoutAddress) {

    static final StatementRunResult NONE = new StatementRunResult(0, Money.ZERO, 0);

    StatementRunResult add(StatementOutcome outcome) {
        return switch (outcome.result()) {
            case ISSUED -> new StatementRunResult(statementsIssued + 1, totalBalanceDue.add(outcome.balanceDue()),
                    skippedWithoutAddress);
            case SKIPPED_WITHOUT_ADDRESS -> new StatementRunResult(statementsIssued, totalBalanceDue,
                    skippedWithoutAddress + 1);
            case NOTHING_TO_BILL -> this;
        };
    }
}
