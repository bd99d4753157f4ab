package org.openrcm.claims.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.openrcm.events.common.Coverage;
import org.openrcm.events.common.ProcedureLine;
import org.openrcm.events.common.ValidationIssue;

class ClaimScrubberTest {

    private static final Coverage COVERAGE = new Coverage("BCBS01", "Blue Cross", "XYZ123", null, "18", "CI");
    private static final List<String> DIAGNOSES = List.of("E119", "I10");

    @Test
    void passesAPricedClaimOfAPracticeWithABillingProfile() {
        assertThat(ClaimScrubber.scrub(new ClaimDraft(true, COVERAGE, DIAGNOSES, List.of(priced(1, "99213")), null)))
                .isEmpty();
    }

    @Test
    void holdsAClaimOfAPracticeWithoutBillingProfile() {
        List<ValidationIssue> issues = ClaimScrubber.scrub(new ClaimDraft(false, COVERAGE, DIAGNOSES,
                List.of(priced(1, "99213")), null));
        assertThat(issues).extracting(ValidationIssue::code).containsExactly("NO_BILLING_PROFILE");
        assertThat(issues.get(0).field()).isNull();
    }

    @Test
    void namesEachLineWhoseProcedureHasNoFee() {
        List<ValidationIssue> issues = ClaimScrubber.scrub(new ClaimDraft(true, COVERAGE, DIAGNOSES,
                List.of(priced(1, "99213"), unpriced(2, "93000"), unpriced(3, "G0439")), null));
        assertThat(issues).extracting(ValidationIssue::code, ValidationIssue::field).containsExactly(
                tuple("NO_FEE_SCHEDULE_ENTRY", "lines[1].procedureCode"),
                tuple("NO_FEE_SCHEDULE_ENTRY", "lines[2].procedureCode"));
        assertThat(issues.get(0).message()).contains("93000");
    }

    @Test
    void holdsAClaimWithABlankMemberId() {
        Coverage blank = new Coverage("BCBS01", "Blue Cross", "  ", null, "18", "CI");
        assertThat(codes(new ClaimDraft(true, blank, DIAGNOSES, List.of(priced(1, "99213")), null)))
                .containsExactly("MISSING_MEMBER_ID");
        Coverage none = new Coverage("BCBS01", "Blue Cross", null, null, "18", "CI");
        assertThat(codes(new ClaimDraft(true, none, DIAGNOSES, List.of(priced(1, "99213")), null)))
                .containsExactly("MISSING_MEMBER_ID");
    }

    @Test
    void holdsAClaimWithMoreDiagnosesThanAClaimCarries() {
        List<String> thirteen = IntStream.rangeClosed(10, 22).mapToObj(i -> "E1" + i).toList();
        assertThat(codes(new ClaimDraft(true, COVERAGE, thirteen, List.of(priced(1, "99213")), null)))
                .containsExactly("TOO_MANY_DIAGNOSES");
        assertThat(codes(new ClaimDraft(true, COVERAGE, thirteen.subList(0, 12), List.of(priced(1, "99213")), null)))
                .isEmpty();
    }

    @Test
    void holdsAClaimWithMoreLinesThanAClaimCarries() {
        List<PricedLine> fiftyOne = IntStream.rangeClosed(1, 51).mapToObj(i -> priced(i, "99213")).toList();
        assertThat(codes(new ClaimDraft(true, COVERAGE, DIAGNOSES, fiftyOne, null))).containsExactly("TOO_MANY_LINES");
        assertThat(codes(new ClaimDraft(true, COVERAGE, DIAGNOSES, fiftyOne.subList(0, 50), null))).isEmpty();
    }

    @Test
    void holdsAClaimWithoutDiagnosisOrLines() {
        assertThat(codes(new ClaimDraft(true, COVERAGE, List.of(), Collections.emptyList(), null)))
                .containsExactly("NO_DIAGNOSIS", "NO_SERVICE_LINES");
    }

    @Test
    void namesALinePointingPastTheDiagnoses() {
        PricedLine pointsAtThird = new PricedLine(1, new ProcedureLine("99213", List.of(), 1, List.of(1, 3)),
                new BigDecimal("125.00"));
        List<ValidationIssue> issues = ClaimScrubber.scrub(new ClaimDraft(true, COVERAGE, DIAGNOSES,
                List.of(pointsAtThird), null));
        assertThat(issues).extracting(ValidationIssue::code, ValidationIssue::field).containsExactly(
                tuple("DIAGNOSIS_POINTER_OUT_OF_RANGE", "lines[0].diagnosisPointers"));
    }

    @Test
    void reportsEveryIssueAtOnce() {
        Coverage blank = new Coverage("BCBS01", "Blue Cross", "", null, "18", "CI");
        assertThat(codes(new ClaimDraft(false, blank, DIAGNOSES, List.of(unpriced(1, "99213")), null)))
                .containsExactly("NO_BILLING_PROFILE", "MISSING_MEMBER_ID", "NO_FEE_SCHEDULE_ENTRY");
    }

    private static List<String> codes(ClaimDraft draft) {
        return ClaimScrubber.scrub(draft).stream().map(ValidationIssue::code).toList();
    }

    private static PricedLine priced(int lineNumber, String code) {
        return new PricedLine(lineNumber, new ProcedureLine(code, List.of(), 1, List.of(1)), new BigDecimal("125.00"));
    }

    private static PricedLine unpriced(int lineNumber, String code) {
        return new PricedLine(lineNumber, new ProcedureLine(code, List.of(), 1, List.of(1)), null);
    }
}
