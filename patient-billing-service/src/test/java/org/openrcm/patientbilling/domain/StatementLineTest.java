package org.openrcm.patientbilling.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openrcm.patientbilling.BillingEvents.HOME;
import static org.openrcm.patientbilling.BillingEvents.claimCreated;
import static org.openrcm.patientbilling.BillingEvents.money;
import static org.openrcm.patientbilling.BillingEvents.patientPayment;
import static org.openrcm.patientbilling.BillingEvents.responsibility;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openrcm.events.common.Patient;

class StatementLineTest {

    private final PatientAccount account = PatientAccount.open("lakeside", "P-1", Instant.EPOCH);
    private final Statement statement;

    StatementLineTest() {
        account.updateGuarantor(new Patient("P-1", "Jane", "Doe", LocalDate.of(1971, 6, 2), "F", HOME), Instant.EPOCH);
        statement = Statement.issue(account, StatementFigures.of(Money.ZERO, List.of()), LocalDate.of(2026, 11, 5),
                30, Instant.EPOCH);
    }

    @Test
    void aChargeLineShowsTheClaimAsCreatedAndWhatInsurancePaid() {
        AccountItem charge = AccountItem.charge(account,
                responsibility("lakeside", "clm-1", "P-1", "170.00", "98.12", "25.00"));

        StatementLine line = StatementLine.of(statement, 1, charge,
                ClaimSummary.of(claimCreated("lakeside", "clm-1", "P-1", "170.40")), ZoneOffset.UTC);

        assertThat(line.kind()).isEqualTo(ItemKind.CHARGE);
        assertThat(line.claimId()).isEqualTo("clm-1");
        assertThat(line.totalCharge()).isEqualTo(money("170.40"));
        assertThat(line.payer()).isEqualTo("Aetna");
        assertThat(line.insurancePaid()).isEqualTo(money("98.12"));
        assertThat(line.amount()).isEqualTo(money("25.00"));
    }

    @Test
    void aChargeLineWhoseClaimHasNotArrivedShowsTheAdjudication() {
        AccountItem charge = AccountItem.charge(account,
                responsibility("lakeside", "clm-1", "P-1", "170.00", "98.12", "25.00"));

        StatementLine line = StatementLine.of(statement, 1, charge, null, ZoneOffset.UTC);

        assertThat(line.totalCharge()).isEqualTo(money("170.00"));
        assertThat(line.payer()).isEqualTo("60054");
        assertThat(line.lineDate()).isEqualTo(charge.dateOfService());
    }

    @Test
    void aPaymentLineShowsWhenAndHowMuchThePatientPaid() {
        StatementLine line = StatementLine.of(statement, 2,
                AccountItem.payment(account, patientPayment("lakeside", "ppay-1", "P-1", "clm-1", "10.00")), null,
                ZoneOffset.UTC);

        assertThat(line.kind()).isEqualTo(ItemKind.PAYMENT);
        assertThat(line.paymentId()).isEqualTo("ppay-1");
        assertThat(line.lineDate()).isEqualTo(LocalDate.of(2026, 11, 10));
        assertThat(line.amount()).isEqualTo(money("10.00"));
        assertThat(line.totalCharge()).isNull();
    }

    @Test
    void aPaymentIsDatedOnThePracticesLocalDate() {
        // 2026-11-10T17:45:09Z is already the 11th in Tokyo
        StatementLine line = StatementLine.of(statement, 2,
                AccountItem.payment(account, patientPayment("lakeside", "ppay-1", "P-1", "clm-1", "10.00")), null,
                ZoneId.of("Asia/Tokyo"));

        assertThat(line.lineDate()).isEqualTo(LocalDate.of(2026, 11, 11));
    }
}
