package org.openrcm.claims.acknowledgment;

import org.openrcm.claims.domain.RejectionCategory;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RejectionCodesTest {

    @Test
    void diagnosisAndProcedureCodesAreCodingProblems() {
        assertThat(RejectionCodes.category("254", null)).isEqualTo(RejectionCategory.CODING);
        assertThat(RejectionCodes.category("255", "QC")).isEqualTo(RejectionCategory.CODING);
        assertThat(RejectionCodes.category("454", null)).isEqualTo(RejectionCategory.CODING);
    }

    @Test
    void subscriberAndMemberProblemsAreEligibilityProviderIdsAreProviderAndThePayerIsPayerData() {
        assertThat(RejectionCodes.category("33", "IL")).isEqualTo(RejectionCategory.ELIGIBILITY);
        assertThat(RejectionCodes.category("164", "IL")).isEqualTo(RejectionCategory.ELIGIBILITY);
        assertThat(RejectionCodes.category("562", "85")).isEqualTo(RejectionCategory.PROVIDER);
        assertThat(RejectionCodes.category("21", "DN")).isEqualTo(RejectionCategory.PROVIDER);
        assertThat(RejectionCodes.category("21", "QC")).isEqualTo(RejectionCategory.ELIGIBILITY);
        assertThat(RejectionCodes.category("21", "PR")).isEqualTo(RejectionCategory.PAYER_DATA);
        assertThat(RejectionCodes.category("54", null)).isEqualTo(RejectionCategory.DUPLICATE);
        assertThat(RejectionCodes.category("21", null)).isEqualTo(RejectionCategory.OTHER);
        assertThat(RejectionCodes.category(null, null)).isEqualTo(RejectionCategory.OTHER);
    }

    @Test
    void readsStatusAndEntityCodesAsWordsWithThePayersOwnTextAfter() {
        assertThat(RejectionCodes.text("A7", "562", "85", null))
                .isEqualTo("A7 rejected for invalid information: entity's National Provider Identifier (NPI)"
                        + " (billing provider)");
        assertThat(RejectionCodes.text("A6", "21", "DN", "NPI required"))
                .isEqualTo("A6 rejected for missing information: missing or invalid information (referring"
                        + " provider) - NPI required");
        assertThat(RejectionCodes.text("A3", "33", "IL", null))
                .isEqualTo("A3 returned as unprocessable: subscriber and subscriber id not found (subscriber)");
        assertThat(RejectionCodes.text("A8", "9999", "ZZ", null))
                .isEqualTo("A8 rejected for relational field in error: claim status code 9999 (entity ZZ)");
        assertThat(RejectionCodes.status("164")).isEqualTo("entity's contract/member number");
        assertThat(RejectionCodes.entity("77")).isEqualTo("service location");
        assertThat(RejectionCodes.entity("QC")).isEqualTo("patient");
        assertThat(RejectionCodes.entity("PR")).isEqualTo("payer");
    }
}
