package org.openrcm.patientbilling.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openrcm.patientbilling.BillingEvents.HOME;
import static org.openrcm.patientbilling.BillingEvents.NEW_HOME;
import static org.openrcm.patientbilling.BillingEvents.money;
import static org.openrcm.patientbilling.BillingEvents.patientPayment;
import static org.openrcm.patientbilling.BillingEvents.responsibility;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openrcm.events.common.Address;
import org.openrcm.events.common.Patient;

class PatientAccountTest {

    private static final Instant EARLIER = Instant.parse("2026-10-01T00:00:00Z");
    private static final Instant LATER = Instant.parse("2026-11-01T00:00:00Z");

    private final PatientAccount account = PatientAccount.open("lakeside", "P-1", EARLIER);

    @Test
    void chargesRaiseAndPaymentsLowerTheBalance() {
        account.post(AccountItem.charge(account, responsibility("lakeside", "clm-1", "P-1", "170.40", "98.12", "25.00")));
        account.post(AccountItem.payment(account, patientPayment("lakeside", "ppay-1", "P-1", "clm-1", "30.00")));

        assertThat(account.balance()).isEqualTo(money("-5.00"));
    }

    @Test
    void anItemOfAnotherAccountIsRefused() {
        PatientAccount other = PatientAccount.open("lakeside", "P-2", EARLIER);
        AccountItem item = AccountItem.charge(other, responsibility("lakeside", "clm-1", "P-2", "1.00", "0.00", "1.00"));

        assertThatThrownBy(() -> account.post(item)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOlderClaimDoesNotOverwriteANewerAddress() {
        account.updateGuarantor(patient(NEW_HOME), LATER);
        account.updateGuarantor(patient(HOME), EARLIER);

        assertThat(account.mailingAddress()).isEqualTo(NEW_HOME);
        assertThat(account.canBeMailed()).isTrue();
    }

    @Test
    void anAccountWithoutAnAddressCannotBeMailedAStatement() {
        assertThat(account.canBeMailed()).isFalse();
        assertThatThrownBy(() -> Statement.issue(account, StatementFigures.of(Money.ZERO, List.of()),
                LocalDate.of(2026, 11, 5), 30, LATER)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aStatementIsDueTheConfiguredDaysAfterItsDateAndBecomesTheNextPreviousBalance() {
        account.updateGuarantor(patient(HOME), EARLIER);
        AccountItem charge = AccountItem.charge(account,
                responsibility("lakeside", "clm-1", "P-1", "170.40", "98.12", "25.00"));
        account.post(charge);

        Statement statement = Statement.issue(account, StatementFigures.of(account.lastStatementBalance(),
                List.of(charge)), LocalDate.of(2026, 11, 5), 30, LATER);
        account.recordStatement(statement, 0);

        assertThat(statement.dueDate()).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(statement.mailingAddress()).isEqualTo(HOME);
        assertThat(account.lastStatementBalance()).isEqualTo(money("25.00"));
        assertThat(account.lastStatementDate()).isEqualTo(LocalDate.of(2026, 11, 5));
    }

    @Test
    void aStatementThatDoesNotCoverTheAccountIsNotRecordedOnIt() {
        PatientAccount other = PatientAccount.open("lakeside", "P-2", EARLIER);
        other.updateGuarantor(patient(HOME), EARLIER);
        Statement ofOther = Statement.issue(other, StatementFigures.of(Money.ZERO, List.of()),
                LocalDate.of(2026, 11, 5), 30, LATER);

        assertThatThrownBy(() -> account.recordStatement(ofOther, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(account.lastStatementDate()).isNull();
    }

    @Test
    void aSecondChildSharesTheParentsGuarantorUntilABillerNamesAnotherOne() {
        PatientAccount sibling = PatientAccount.open("lakeside", "P-2", EARLIER);
        account.assignGuarantor("Maria", "Doe", NEW_HOME, "PARENT", EARLIER);

        sibling.shareGuarantorOf(account, "PARENT", LATER);

        assertThat(account.guarantorAccountId()).isEqualTo(account.id());
        assertThat(sibling.guarantorAccountId()).isEqualTo(account.id());
        assertThat(sibling.guarantorFirstName()).isEqualTo("Maria");
        assertThat(sibling.mailingAddress()).isEqualTo(NEW_HOME);
        sibling.updateGuarantor(patient(HOME), LATER.plusSeconds(1));
        assertThat(sibling.mailingAddress()).as("claims leave a named guarantor alone").isEqualTo(NEW_HOME);

        sibling.assignGuarantor("Tom", "Roe", HOME, "PARENT", LATER);
        assertThat(sibling.guarantorAccountId()).isEqualTo(sibling.id());
        assertThatThrownBy(() -> sibling.shareGuarantorOf(PatientAccount.open("other-practice", "P-9", EARLIER),
                "PARENT", LATER)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anItemIsBilledOnOneStatementOnly() {
        account.updateGuarantor(patient(HOME), EARLIER);
        AccountItem charge = AccountItem.charge(account,
                responsibility("lakeside", "clm-1", "P-1", "170.40", "98.12", "25.00"));
        Statement first = Statement.issue(account, StatementFigures.of(Money.ZERO, List.of(charge)),
                LocalDate.of(2026, 11, 5), 30, LATER);
        charge.billOn(first);

        assertThat(charge.statementId()).isEqualTo(first.id());
        assertThatThrownBy(() -> charge.billOn(first)).isInstanceOf(IllegalStateException.class);
    }

    private static Patient patient(Address address) {
        return new Patient("P-1", "Jane", "Doe", LocalDate.of(1971, 6, 2), "F", address);
    }
}
