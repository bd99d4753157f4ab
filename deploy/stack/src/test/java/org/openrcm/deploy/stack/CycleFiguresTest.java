package org.openrcm.deploy.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openrcm.events.EventJson;

import com.fasterxml.jackson.databind.JsonNode;

class CycleFiguresTest {

    private final CycleFigures figures = new CycleFigures();

    @Test
    void countsAClaimCleanOnlyWhenItsFirstAcknowledgmentAcceptsIt() {
        record("org.openrcm.claims.ClaimCreated.v1", "c1", "{}");
        record("org.openrcm.claims.ClaimCreated.v1", "c2", "{}");
        record("org.openrcm.claims.ClaimCreated.v1", "c3", "{}");
        record("org.openrcm.claims.ClaimAccepted.v1", "c1", "{}");
        record("org.openrcm.claims.ClaimRejected.v1", "c2", """
                {"statusCategory":"A7","statusCode":"164","entityCode":"IL","reason":"Member id invalid - REJ1 unknown"}""");
        record("org.openrcm.claims.ClaimAccepted.v1", "c2", "{}");

        assertThat(figures.claimsCreated()).isEqualTo(3);
        assertThat(figures.cleanClaims()).isEqualTo(1);
        assertThat(figures.rejectionsByReason()).isEqualTo(Map.of("A7:164:IL Member id invalid", 1));
        assertThat(figures.acknowledged(1)).isEqualTo(2);
        assertThat(figures.acknowledged(Set.of("c2", "c3"), 2)).isEqualTo(1);
        assertThat(figures.acceptedNotAdjudicated()).isEqualTo(2);
    }

    @Test
    void countsDenialsByTheirDenyingCarcAndNetsReversalsOutOfPayments() {
        record("org.openrcm.payments.PaymentPosted.v1", "c1", "{\"paidAmount\":\"80.00\"}");
        record("org.openrcm.payments.PaymentReversed.v1", "c1", "{\"paidAmount\":\"80.00\"}");
        record("org.openrcm.payments.PaymentPosted.v1", "c1", "{\"paidAmount\":\"85.00\"}");
        record("org.openrcm.payments.ClaimDenied.v1", "c2", """
                {"adjustments":[{"groupCode":"CO","reasonCode":"50","amount":"35.17"}]}""");
        record("org.openrcm.payments.ClaimDenied.v1", "c3", """
                {"adjustments":[{"groupCode":"PR","reasonCode":"96","amount":"138.62"},
                                {"groupCode":"CO","reasonCode":"45","amount":"1.00"}]}""");

        assertThat(figures.paidNet()).isEqualByComparingTo("85.00");
        assertThat(figures.adjudicatedClaims()).isEqualTo(3);
        assertThat(figures.deniedClaims()).isEqualTo(2);
        assertThat(figures.denialsByCarc()).isEqualTo(Map.of("CO-50", 1, "PR-96", 1));
    }

    @Test
    void takesWhatThePatientOwesFromTheLatestRevisionOfEachClaim() {
        String v2 = "org.openrcm.payments.PatientResponsibilityDetermined.v2";
        record(v2, "c1", "{\"amount\":\"20.00\",\"revision\":1}");
        record(v2, "c1", "{\"amount\":\"0.00\",\"revision\":3}");
        record(v2, "c1", "{\"amount\":\"21.25\",\"revision\":2}"); // late, older: ignored
        record(v2, "c2", "{\"amount\":\"5.63\",\"revision\":1}");
        record("org.openrcm.payments.PatientResponsibilityDetermined.v1", "c3", "{\"amount\":\"1.70\"}");
        record("org.openrcm.payments.PatientResponsibilityDetermined.v1", "c2", "{\"amount\":\"9.99\"}");

        assertThat(figures.patientResponsibilityNow()).isEqualByComparingTo("7.33");
    }

    private void record(String type, String subject, String json) {
        try {
            JsonNode event = EventJson.mapper().readTree(json);
            figures.record(type, subject, event);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
