package org.openrcm.claims.acknowledgment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openrcm.claims.acknowledgment.ClaimVerdict;
import org.openrcm.claims.domain.RejectionCategory;
import org.openrcm.claims.domain.RejectionReason;
import org.openrcm.x12.ack.Ack999;
import org.openrcm.x12.ack.ClaimStatus;
import org.openrcm.x12.ack.StatusInfo;

class AcknowledgmentVerdictsTest {

    @Test
    void anA2StatusAcceptsWithThePayerClaimNumber() {
        ClaimVerdict verdict = AcknowledgmentVerdicts.verdict(status("PAYER-1", stc("A2", "20", null))).orElseThrow();

        assertThat(verdict.accepted()).isTrue();
        assertThat(verdict.statusCategory()).isEqualTo("A2");
        assertThat(verdict.payerClaimNumber()).isEqualTo("PAYER-1");
        assertThat(verdict.note()).isEqualTo("A2/20, payer claim number PAYER-1");
    }

    @Test
    void everyRejectingStatusIsAReasonAndACodingOneLeads() {
        ClaimVerdict verdict = AcknowledgmentVerdicts.verdict(status(null, stc("A7", "33", "IL"),
                stc("A7", "254", null))).orElseThrow();

        assertThat(verdict.accepted()).isFalse();
        assertThat(verdict.reasons()).extracting(RejectionReason::category)
                .containsExactly(RejectionCategory.ELIGIBILITY, RejectionCategory.CODING);
        assertThat(RejectionReason.lead(verdict.reasons()).statusCode()).isEqualTo("254");
        assertThat(verdict.reasons().get(0).text())
                .isEqualTo("A7 rejected for invalid information: subscriber and subscriber id not found (subscriber)");
        assertThat(verdict.reasons()).allMatch(reason -> RejectionReason.PAYER.equals(reason.source()));
    }

    @Test
    void aRejectionWinsOverAnAcceptanceAndAPendedStatusDecidesNothing() {
        assertThat(AcknowledgmentVerdicts.verdict(status(null, stc("A1", "19", null), stc("A6", "21", "DN")))
                .orElseThrow().accepted()).isFalse();
        assertThat(AcknowledgmentVerdicts.verdict(status(null, stc("A0", "16", null)))).isEmpty();
    }

    @Test
    void a999RejectionNamesTheSetTheSegmentAndTheElementAndHiErrorsAreCoding() {
        RejectionReason reason = AcknowledgmentVerdicts.rejection(new Ack999.SetResponse("837", "0001",
                "005010X222A1", List.of(new Ack999.SegmentError("HI", 31, "2300", "8",
                        List.of(new Ack999.ElementError(1, 2, "1271", "7", "E11.9")))),
                Ack999.AckCode.R, List.of("5"), 0));

        assertThat(reason.source()).isEqualTo(RejectionReason.CLEARINGHOUSE);
        assertThat(reason.statusCategory()).isEqualTo("R");
        assertThat(reason.category()).isEqualTo(RejectionCategory.CODING);
        assertThat(reason.text()).isEqualTo("999 rejected transaction set 0001 (IK5 R) set error code(s) 5: HI at"
                + " segment 31 (loop 2300) code 8 (segment has data element errors), element 1-2 code 7 (invalid"
                + " code value) value 'E11.9'");
    }

    private static ClaimStatus status(String payerClaimNumber, StatusInfo... statuses) {
        return new ClaimStatus("LEE", "ANN", "XYZ123", "C000000000001", List.of(statuses), payerClaimNumber, null,
                LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 20), 0);
    }

    private static StatusInfo stc(String category, String code, String entity) {
        return new StatusInfo(category, code, entity, LocalDate.of(2026, 11, 21), "WQ", null, null, 0);
    }
}
