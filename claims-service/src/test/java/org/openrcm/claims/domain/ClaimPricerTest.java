package org.openrcm.claims.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openrcm.events.common.ProcedureLine;

class ClaimPricerTest {

    private static final FeeSchedule FEES = new FeeSchedule(Map.of("99213", new BigDecimal("125.00"),
            "93000", new BigDecimal("62.55"), "J1100", new BigDecimal("0.10")));

    @Test
    void pricesEachLineFeeTimesUnitsAndTheClaimAsTheirSum() {
        List<PricedLine> lines = ClaimPricer.price(List.of(line("99213", 1), line("93000", 3), line("J1100", 7)),
                FEES);

        assertThat(lines).extracting(PricedLine::charge)
                .containsExactly(new BigDecimal("125.00"), new BigDecimal("187.65"), new BigDecimal("0.70"));
        assertThat(ClaimPricer.total(lines)).isEqualTo(new BigDecimal("313.35"));
    }

    @Test
    void numbersLinesFromOneInCodingOrder() {
        assertThat(ClaimPricer.price(List.of(line("93000", 1), line("99213", 1)), FEES))
                .extracting(PricedLine::lineNumber, line -> line.procedure().code())
                .containsExactly(tuple(1, "93000"),
                        tuple(2, "99213"));
    }

    @Test
    void leavesAProcedureWithoutFeeUnpricedAtZero() {
        List<PricedLine> lines = ClaimPricer.price(List.of(line("99213", 1), line("99999", 2)), FEES);

        assertThat(lines.get(1).priced()).isFalse();
        assertThat(lines.get(1).charge()).isEqualTo(new BigDecimal("0.00"));
        assertThat(ClaimPricer.total(lines)).isEqualTo(new BigDecimal("125.00"));
    }

    @Test
    void totalsAClaimWithoutLinesAtZeroWithTwoDecimals() {
        assertThat(ClaimPricer.total(List.of())).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void keepsTwoDecimalsForWholeDollarFees() {
        FeeSchedule whole = new FeeSchedule(Map.of("99213", new BigDecimal("125")));
        assertThat(ClaimPricer.price(List.of(line("99213", 2)), whole).get(0).charge().toPlainString())
                .isEqualTo("250.00");
    }

    private static ProcedureLine line(String code, int units) {
        return new ProcedureLine(code, List.of(), units, List.of(1));
    }
}
