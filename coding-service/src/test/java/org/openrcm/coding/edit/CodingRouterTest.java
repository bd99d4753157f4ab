package org.openrcm.coding.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openrcm.events.common.ValidationIssue;

class CodingRouterTest {

    private static final BigDecimal THRESHOLD = new BigDecimal("0.85");
    private static final EditFinding ERROR = new EditFinding("ICD-BILLABLE", EditSeverity.ERROR, "diagnoses[0]",
            "M54.5 is a header");
    private static final EditFinding WARNING = new EditFinding("EM-LEVEL", EditSeverity.WARNING, "procedures[0]",
            "below what the documentation supports");

    @Test
    void codesAutomaticallyWhenOnlyWarningsRemainAndNoSuggestionChoseTheCodes() {
        assertThat(CodingRouter.decide(List.of(WARNING), null, THRESHOLD).autoCoded()).isTrue();
    }

    @Test
    void sendsToReviewWithTheFailedEditsWhenAnErrorRemains() {
        CodingRouter.Decision decision = CodingRouter.decide(List.of(ERROR, WARNING), null, THRESHOLD);

        assertThat(decision.autoCoded()).isFalse();
        assertThat(decision.reasons()).extracting(ValidationIssue::code).containsExactly("ICD-BILLABLE");
    }

    @Test
    void sendsToReviewWhenTheSuggestionsConfidenceIsBelowThePracticesThreshold() {
        assertThat(CodingRouter.decide(List.of(), new BigDecimal("0.86"), THRESHOLD).autoCoded()).isTrue();
        CodingRouter.Decision unsure = CodingRouter.decide(List.of(), new BigDecimal("0.70"), THRESHOLD);
        assertThat(unsure.autoCoded()).isFalse();
        assertThat(unsure.reasons()).extracting(ValidationIssue::code).containsExactly("CAC-CONFIDENCE");
    }
}
