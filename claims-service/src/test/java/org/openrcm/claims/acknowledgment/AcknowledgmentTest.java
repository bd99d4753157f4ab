package org.openrcm.claims.acknowledgment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AcknowledgmentTest {

    @Test
    void aRejectionWithAClaimStatusCategoryCameFromThePayer() {
        assertThat(rejected("A7", "562", "Invalid member id").rejectionSource()).isEqualTo("PAYER");
        assertThat(rejected("A3", null, "x").rejectionSource()).isEqualTo("PAYER");
    }

    @Test
    void aRejectionWithAnImplementationAcknowledgmentCodeCameFromTheClearinghouse() {
        assertThat(rejected("R", null, "Syntax error").rejectionSource()).isEqualTo("CLEARINGHOUSE");
    }

    @Test
    void aRejectionWithoutWordsIsExplainedByItsCodes() {
        assertThat(rejected("A7", "562", null).reasonOrDefault()).isEqualTo("Rejected with status A7/562");
        assertThat(rejected("A7", null, " ").reasonOrDefault()).isEqualTo("Rejected with status A7");
        assertThat(rejected("A7", "562", "Invalid member id").reasonOrDefault()).isEqualTo("Invalid member id");
    }

    @Test
    void notesThePayerClaimNumberOfAnAcceptance() {
        assertThat(new Acknowledgment("c1", true, "A1", "20", "PCN-7", null).note())
                .isEqualTo("A1/20, payer claim number PCN-7");
    }

    private static Acknowledgment rejected(String category, String code, String reason) {
        return new Acknowledgment("c1", false, category, code, null, reason);
    }
}
