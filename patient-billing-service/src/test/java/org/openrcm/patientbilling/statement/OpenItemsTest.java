package org.openrcm.patientbilling.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.openrcm.patientbilling.BillingEvents.claimCreated;
import static org.openrcm.patientbilling.BillingEvents.money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openrcm.events.common.Adjustment;
import org.openrcm.events.common.Patient;
import org.openrcm.events.payments.PatientPaymentPosted;
import org.openrcm.events.payments.PatientResponsibilityDetermined;
import org.openrcm.patientbilling.BillingEvents;
import org.openrcm.patientbilling.domain.AccountItem;
import org.openrcm.patientbilling.domain.ClaimSummary;
import org.openrcm.patientbilling.domain.ItemKind;
import org.openrcm.patientbilling.domain.PatientAccount;
import org.openrcm.patientbilling.domain.Statement;
import org.openrcm.patientbilling.domain.StatementFigures;

class OpenItemsTest {

    static final PatientAccount ACCOUNT = PatientAccount.open("lakeside", "P-1", Instant.parse("2026-01-01T00:00:00Z"));

    static AccountItem charge(String claimId, String amount, String at) {
        return AccountItem.charge(ACCOUNT, new PatientResponsibilityDetermined("lakeside", claimId, "P-1",
                "rem-" + claimId, "60054", BillingEvents.DATE_OF_SERVICE, money("200.00"), money("150.00"),
                money(amount), List.of(new Adjustment("PR", "2", money(amount))), Instant.parse(at)));
    }

    static AccountItem payment(String claimId, String amount, String at) {
        return AccountItem.payment(ACCOUNT, new PatientPaymentPosted("lakeside", "pay-" + amount, "P-1", claimId,
                money(amount), Instant.parse(at)));
    }

    @Test
    void eachClaimShowsWhatWasChargedWhatInsurancePaidAndAdjustedAndWhatThePatientOwes() {
        OpenItems open = OpenItems.of(List.of(charge("clm-1", "25.00", "2026-11-02T10:00:00Z")),
                Map.of("clm-1", ClaimSummary.of(claimCreated("lakeside", "clm-1", "P-1", "200.00"))), ZoneOffset.UTC);

        assertThat(open.items()).singleElement().satisfies(item -> {
            assertThat(item.charged()).isEqualTo(money("200.00"));
            assertThat(item.insurancePaid()).isEqualTo(money("150.00"));
            assertThat(item.insuranceAdjusted()).isEqualTo(money("25.00"));
            assertThat(item.patientOwes()).isEqualTo(money("25.00"));
            assertThat(item.open()).isEqualTo(money("25.00"));
            assertThat(item.payer()).isEqualTo("Aetna");
            assertThat(item.provider()).isEqualTo("1234567893");
            assertThat(item.since()).isEqualTo(LocalDate.of(2026, 11, 2));
        });
        assertThat(open.credit()).isEqualByComparingTo("0.00");
    }

    @Test
    void aPaymentForTheAccountPaysTheOldestClaimFirst() {
        OpenItems open = OpenItems.of(List.of(charge("clm-new", "40.00", "2026-11-20T10:00:00Z"),
                charge("clm-old", "25.00", "2026-10-02T10:00:00Z"), payment(null, "30.00", "2026-11-25T10:00:00Z")),
                Map.of(), ZoneOffset.UTC);

        assertThat(open.items()).extracting(OpenItem::claimId).containsExactly("clm-new");
        assertThat(open.items().get(0).open()).isEqualTo(money("35.00"));
        assertThat(open.items().get(0).patientPaid()).isEqualTo(money("5.00"));
    }

    @Test
    void aPaymentNamingAClaimPaysThatClaim() {
        OpenItems open = OpenItems.of(List.of(charge("clm-old", "25.00", "2026-10-02T10:00:00Z"),
                charge("clm-new", "40.00", "2026-11-20T10:00:00Z"), payment("clm-new", "40.00", "2026-11-25T10:00:00Z")),
                Map.of(), ZoneOffset.UTC);

        assertThat(open.items()).extracting(OpenItem::claimId).containsExactly("clm-old");
    }

    @Test
    void anOverpaymentIsACreditAndOpenItemsMinusCreditIsTheBalance() {
        List<AccountItem> items = List.of(charge("clm-1", "25.00", "2026-10-02T10:00:00Z"),
                payment(null, "40.00", "2026-10-05T10:00:00Z"));
        OpenItems open = OpenItems.of(items, Map.of(), ZoneOffset.UTC);

        assertThat(open.items()).isEmpty();
        assertThat(open.credit()).isEqualTo(money("15.00"));
        assertThat(open.totalOpen().subtract(open.credit())).isEqualByComparingTo(balance(items));
    }

    @Test
    void aClaimWhoseShareWasLoweredAfterItWasPaidPaysTheOtherClaims() {
        List<AccountItem> items = List.of(charge("clm-1", "50.00", "2026-10-02T10:00:00Z"),
                payment("clm-1", "50.00", "2026-10-03T10:00:00Z"), charge("clm-1", "-20.00", "2026-10-10T10:00:00Z"),
                charge("clm-2", "30.00", "2026-10-12T10:00:00Z"));
        OpenItems open = OpenItems.of(items, Map.of(), ZoneOffset.UTC);

        assertThat(open.items()).extracting(OpenItem::claimId).containsExactly("clm-2");
        assertThat(open.items().get(0).open()).isEqualTo(money("10.00"));
        assertThat(open.totalOpen().subtract(open.credit())).isEqualByComparingTo(balance(items));
    }

    @Test
    void aWriteOffAndARefundMoveTheCreditAndKeepTheSumsExact() {
        List<AccountItem> items = List.of(charge("clm-1", "25.00", "2026-10-02T10:00:00Z"),
                payment(null, "30.00", "2026-10-05T10:00:00Z"),
                AccountItem.audited(ACCOUNT, ItemKind.REFUND, money("3.00"), "REFUND", "ann", "asked",
                        Instant.parse("2026-10-06T10:00:00Z")),
                charge("clm-2", "0.40", "2026-10-07T10:00:00Z"),
                AccountItem.audited(ACCOUNT, ItemKind.ADJUSTMENT, money("0.40"), "SMALL_BALANCE", "run", "small",
                        Instant.parse("2026-10-08T10:00:00Z")));
        OpenItems open = OpenItems.of(items, Map.of(), ZoneOffset.UTC);

        assertThat(open.credit()).isEqualTo(money("2.00"));
        assertThat(open.totalOpen().subtract(open.credit())).isEqualByComparingTo(balance(items));
    }

    @Test
    void theDateAPatientFirstOwedIsThePracticesLocalDate() {
        // 03:00 UTC on Nov 2 is still Nov 1 in Chicago
        OpenItems open = OpenItems.of(List.of(charge("clm-1", "25.00", "2026-11-02T03:00:00Z")), Map.of(),
                ZoneId.of("America/Chicago"));

        assertThat(open.items().get(0).since()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(open.oldestAgeDays(LocalDate.of(2026, 12, 1))).contains(30L);
    }

    @Test
    void aClaimAgesFromTheFirstStatementThatBilledItNotFromWhenItWasOwed() {
        AccountItem original = charge("clm-1", "25.00", "2026-09-01T10:00:00Z");
        AccountItem correction = charge("clm-1", "5.00", "2026-10-20T10:00:00Z");
        AccountItem unbilled = charge("clm-2", "40.00", "2026-09-15T10:00:00Z");
        PatientAccount guarantor = PatientAccount.open("lakeside", "P-1", Instant.parse("2026-09-01T00:00:00Z"));
        guarantor.updateGuarantor(new Patient("P-1", "Jane", "Doe", LocalDate.of(1971, 6, 2), "F",
                BillingEvents.HOME), Instant.parse("2026-09-01T00:00:00Z"));
        Statement october = Statement.issue(guarantor, StatementFigures.of(money("0.00"), List.of(original)),
                LocalDate.of(2026, 10, 1), 30, Instant.parse("2026-10-01T08:00:00Z"));
        Statement november = Statement.issue(guarantor, StatementFigures.of(money("25.00"), List.of(correction)),
                LocalDate.of(2026, 11, 1), 30, Instant.parse("2026-11-01T08:00:00Z"));
        original.billOn(october);
        correction.billOn(november);

        OpenItems open = OpenItems.of("P-1", List.of(original, unbilled, correction), Map.of(),
                Map.of(october.id(), october.statementDate(), november.id(), november.statementDate()),
                ZoneOffset.UTC);

        assertThat(open.items()).extracting(OpenItem::claimId, OpenItem::since, OpenItem::patientId)
                .containsExactly(tuple("clm-1", LocalDate.of(2026, 10, 1), "P-1"),
                        tuple("clm-2", LocalDate.of(2026, 9, 15), "P-1"));
        assertThat(AgingBuckets.of(open, LocalDate.of(2026, 11, 20)))
                .isEqualTo(new AgingBuckets(money("0.00"), money("30.00"), money("40.00"), money("0.00"),
                        money("0.00")));
    }

    private static BigDecimal balance(List<AccountItem> items) {
        return items.stream().map(AccountItem::balanceEffect).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
