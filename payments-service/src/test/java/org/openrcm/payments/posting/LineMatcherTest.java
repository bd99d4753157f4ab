package org.openrcm.payments.posting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openrcm.payments.ClaimEvents;
import org.openrcm.payments.claim.ExpectedClaimLine;
import org.openrcm.payments.remittance.ServiceLineRemittance;

class LineMatcherTest {

    private static final List<ExpectedClaimLine> OUR_LINES = List.of(
            ExpectedClaimLine.of("t1", "clm-1", ClaimEvents.line(1, "99214", "200.00", "25", "59")),
            ExpectedClaimLine.of("t1", "clm-1", ClaimEvents.line(2, "87880", "50.00")),
            ExpectedClaimLine.of("t1", "clm-1", ClaimEvents.line(3, "99214", "120.00")));

    @Test
    void theLineControlNumberWeSentWinsWhateverThePayerDidToTheCode() {
        assertThat(LineMatcher.match(List.of(svc("99215", List.of(), null, List.of(), "3")), OUR_LINES))
                .containsExactly(3);
    }

    @Test
    void aCodeThePayerChangedIsFoundByTheCodeAsWeBilledItInSvc06() {
        // The payer re-coded 87880 to 87081 and said so in SVC06; no REF*6R.
        assertThat(LineMatcher.match(List.of(svc("87081", List.of(), "87880", List.of(), null)), OUR_LINES))
                .containsExactly(2);
    }

    @Test
    void reorderedModifiersStillMatchAndDroppedOnesFallBackToTheCodeAlone() {
        List<ServiceLineRemittance> lines = List.of(svc("99214", List.of("59", "25"), null, List.of(), null),
                svc("99214", List.of("25"), null, List.of(), null));

        // The first takes line 1 (same modifiers, other order); the second, whose modifiers fit none of the lines
        // left, falls back to the code alone: line 3.
        assertThat(LineMatcher.match(lines, OUR_LINES)).containsExactly(1, 3);
    }

    @Test
    void aLineNothingFitsStaysUnmatchedAndEachOfOurLinesIsTakenOnce() {
        List<ServiceLineRemittance> lines = List.of(svc("87880", List.of(), null, List.of(), null),
                svc("87880", List.of(), null, List.of(), null), svc("11111", List.of(), null, List.of(), null));

        assertThat(LineMatcher.match(lines, OUR_LINES)).containsExactly(2, null, null);
    }

    private static ServiceLineRemittance svc(String code, List<String> modifiers, String submittedCode,
            List<String> submittedModifiers, String lineControlNumber) {
        return new ServiceLineRemittance(code, modifiers, new BigDecimal("50.00"), new BigDecimal("40.00"),
                BigDecimal.ONE, submittedCode, submittedModifiers, lineControlNumber, null, List.of(), List.of(), 0);
    }
}
