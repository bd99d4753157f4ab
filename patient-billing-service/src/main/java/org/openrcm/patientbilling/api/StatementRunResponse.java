package org.openrcm.patientbilling.api;

import java.math.BigDecimal;

import org.openrcm.patientbilling.domain.StatementRunResult;

/** What a statement run did: statements issued, what they bill in total, accounts skipped for want of an address. */
public record StatementRunResponse(int statementsIssued, BigDecimal totalBalanceDue, int skippedWithoutAddress) {

    static StatementRunResponse of(StatementRunResult result) {
        return new StatementRunResponse(result.statementsIssued(), result.totalBalanceDue(),
                result.skippedWithoutAddress());
    }
}
