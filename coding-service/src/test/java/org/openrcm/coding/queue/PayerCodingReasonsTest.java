package org.openrcm.coding.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openrcm.events.claims.ClaimRejected;
import org.openrcm.events.common.Adjustment;
import org.openrcm.events.payments.ClaimDenied;
import org.openrcm.events.payments.RemittanceCode;

class PayerCodingReasonsTest {

    @Test
    void mapsCodingCarcsToTheirReasonAndSkipsOthers() {
        assertThat(PayerCodingReasons.of(denial(List.of("45", "97"), List.of())))
                .hasValueSatisfying(reason -> {
                    assertThat(reason.reason()).isEqualTo(CodingReason.BUNDLING);
                    assertThat(reason.text()).contains("CARC 97");
                });
        assertThat(PayerCodingReasons.of(denial(List.of("50"), List.of()))).map(PayerCodingReasons.PayerReason::reason)
                .contains(CodingReason.MEDICAL_NECESSITY);
        assertThat(PayerCodingReasons.of(denial(List.of("11"), List.of()))).map(PayerCodingReasons.PayerReason::reason)
                .contains(CodingReason.DX_PROCEDURE_MISMATCH);
        assertThat(PayerCodingReasons.of(denial(List.of("27"), List.of()))).isEmpty();
    }

    @Test
    void carc16IsACodingReasonOnlyWithARemarkAboutACode() {
        assertThat(PayerCodingReasons.of(denial(List.of("16"), List.of("M76"))))
                .map(PayerCodingReasons.PayerReason::reason).contains(CodingReason.INVALID_CODE);
        assertThat(PayerCodingReasons.of(denial(List.of("16"), List.of("MA27")))).isEmpty();
    }

    @Test
    void theDescribedCodesOfANewerDenialAreReadWithTheirMeaning() {
        ClaimDenied denial = new ClaimDenied("t", "c", "r", "BCBS01", BigDecimal.TEN, List.of(), List.of(),
                Instant.EPOCH, List.of(new RemittanceCode(RemittanceCode.CARC, "236", "Not compatible (NCCI)")));
        assertThat(PayerCodingReasons.of(denial)).map(PayerCodingReasons.PayerReason::text)
                .contains("payer BCBS01 denial CARC 236: Not compatible (NCCI)");
    }

    @Test
    void aRejectionIsCodingByItsStatusCodeOrCategory() {
        assertThat(PayerCodingReasons.of(rejection("A7", "255", null))).isPresent();
        assertThat(PayerCodingReasons.of(rejection("A3", "21", "CODING"))).isPresent();
        assertThat(PayerCodingReasons.of(rejection("A3", "33", "ELIGIBILITY"))).isEmpty();
    }

    private static ClaimDenied denial(List<String> carcs, List<String> remarks) {
        return new ClaimDenied("t", "c", "r", "BCBS01", BigDecimal.TEN,
                carcs.stream().map(carc -> new Adjustment("CO", carc, BigDecimal.TEN)).toList(), remarks,
                Instant.EPOCH);
    }

    private static ClaimRejected rejection(String category, String statusCode, String reasonCategory) {
        return new ClaimRejected("t", "c", "s", "PAYER", category, statusCode, "reason", Instant.EPOCH,
                reasonCategory, null);
    }
}
