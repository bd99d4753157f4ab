package org.openrcm.patientbilling.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openrcm.patientbilling.BillingEvents.money;
import static org.openrcm.patientbilling.BillingEvents.patientPayment;
import static org.openrcm.patientbilling.BillingEvents.responsibility;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class StatementFiguresTest {

    private final PatientAccount account = PatientAccount.open("lakeside", "P-1", Instant.EPOCH);

    @Test
    void aFirstStatementBillsEveryChargeWithNothingOwedBefore() {
        StatementFigures figures = StatementFigures.of(Money.ZERO, List.of(charge("clm-1", "25.00"),
                charge("clm-2", "13.37")));

        assertThat(figures.previousBalance()).isEqualTo(money("0.00"));
        assertThat(figures.newCharges()).isEqualTo(money("38.37"));
        assertThat(figures.paymentsReceived()).isEqualTo(money("0.00"));
        assertThat(figures.balanceDue()).isEqualTo(money("38.37"));
        assertThat(figures.claimCount()).isEqualTo(2);
    }

    @Test
    void balanceDueIsThePreviousBalancePlusNewChargesLessPayments() {
        StatementFigures figures = StatementFigures.of(money("25.00"), List.of(payment("ppay-1", "10.00"),
                charge("clm-2", "40.00"), payment("ppay-2", "0.01")));

        assertThat(figures.newCharges()).isEqualTo(money("40.00"));
        assertThat(figures.paymentsReceived()).isEqualTo(money("10.01"));
        assertThat(figures.balanceDue()).isEqualTo(money("54.99"));
        assertThat(figures.claimCount()).isEqualTo(1);
    }

    @Test
    void aStatementOfOnlyPaymentsCountsNoClaims() {
        StatementFigures figures = StatementFigures.of(money("50.00"), List.of(payment("ppay-1", "20.00")));

        assertThat(figures.newCharges()).isEqualTo(money("0.00"));
        assertThat(figures.balanceDue()).isEqualTo(money("30.00"));
        assertThat(figures.claimCount()).isZero();
    }

    @Test
    void aReversedAndCorrectedAdjudicationIsOneClaimWhoseChargesNet() {
        StatementFigures figures = StatementFigures.of(Money.ZERO, List.of(charge("clm-1", "25.00"),
                charge("clm-1", "-25.00"), charge("clm-1", "30.00")));

        assertThat(figures.newCharges()).isEqualTo(money("30.00"));
        assertThat(figures.balanceDue()).isEqualTo(money("30.00"));
        assertThat(figures.claimCount()).isEqualTo(1);
    }

    @Test
    void amountsStayExactToTheCent() {
        StatementFigures figures = StatementFigures.of(money("0.10"), List.of(charge("clm-1", "0.20"),
                charge("clm-2", "0.10"), payment("ppay-1", "0.30")));

        assertThat(figures.balanceDue()).isEqualTo(money("0.10"));
    }

    private AccountItem charge(String claimId, String amount) {
        return AccountItem.charge(account, responsibility("lakeside", claimId, "P-1", "100.00", "50.00", amount));
    }

    private AccountItem payment(String paymentId, String amount) {
        return AccountItem.payment(account, patientPayment("lakeside", paymentId, "P-1", null, amount));
    }
}
