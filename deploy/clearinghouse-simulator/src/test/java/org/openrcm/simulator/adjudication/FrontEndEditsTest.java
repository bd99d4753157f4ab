package org.openrcm.simulator.adjudication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openrcm.simulator.adjudication.Claims.claim;

import java.util.List;

import org.junit.jupiter.api.Test;

class FrontEndEditsTest {

    @Test
    void acceptsACleanClaimForProcessing() {
        FrontEndDecision decision = FrontEndEdits.review(claim("C1", "BCBS01", "XOF123456789", "99213", "125.00"));

        assertThat(decision.accepted()).isTrue();
        assertThat(decision).isEqualTo(new FrontEndDecision("A2", "20", "PR", null));
    }

    @Test
    void rejectsAnInvalidOrMissingMemberIdAsTheSubscribersInvalidContractNumber() {
        for (String memberId : new String[] {"REJ000000001", "REJ", "", "  ", null}) {
            FrontEndDecision decision = FrontEndEdits.review(claim("C1", "BCBS01", memberId, "99213", "125.00"));

            assertThat(decision.accepted()).as("member id '%s'", memberId).isFalse();
            assertThat(decision.categoryCode()).isEqualTo("A7");
            assertThat(decision.statusCode()).isEqualTo("164");
            assertThat(decision.entityCode()).isEqualTo("IL");
            assertThat(decision.reason()).contains("member number");
        }
    }

    @Test
    void rejectsAMemberThePayerDoesNotKnowAsSubscriberNotFound() {
        FrontEndDecision decision = FrontEndEdits.review(claim("C1", "AETNA01", "UNK555", "99213", "125.00"));

        assertThat(decision).isEqualTo(new FrontEndDecision("A7", "33", "IL", "Subscriber and subscriber id not found"));
    }

    @Test
    void rejectsANonBillablePrincipalDiagnosisAs254AndAnyOtherAs255() {
        FrontEndDecision principal = FrontEndEdits.review(
                claim("C1", "BCBS01", "XOF1", List.of("M545", "I10"), "99213", "125.00"));
        FrontEndDecision secondary = FrontEndEdits.review(
                claim("C1", "BCBS01", "XOF1", List.of("I10", "R05"), "99213", "125.00"));
        FrontEndDecision none = FrontEndEdits.review(claim("C1", "BCBS01", "XOF1", List.of(), "99213", "125.00"));

        assertThat(principal.categoryCode()).isEqualTo("A7");
        assertThat(principal.statusCode()).isEqualTo("254");
        assertThat(principal.reason()).contains("M545");
        assertThat(secondary.categoryCode()).isEqualTo("A7");
        assertThat(secondary.statusCode()).isEqualTo("255");
        assertThat(secondary.reason()).contains("R05");
        assertThat(none.categoryCode()).isEqualTo("A6");
        assertThat(none.statusCode()).isEqualTo("254");
    }

    @Test
    void rejectsImagingWithoutAReferringProviderOnlyForPayersThatRequireIt() {
        FrontEndDecision unitedXray = FrontEndEdits.review(
                claim("C1", "UHC01", "U1", "99213", "125.00", "71046", "64.99"));
        FrontEndDecision unitedVisit = FrontEndEdits.review(claim("C1", "UHC01", "U1", "99213", "125.00"));
        FrontEndDecision blueCrossXray = FrontEndEdits.review(
                claim("C1", "BCBS01", "XOF1", "99213", "125.00", "71046", "64.99"));

        assertThat(unitedXray).isEqualTo(new FrontEndDecision("A6", "562", "DN",
                "Referring provider NPI is required for diagnostic imaging"));
        assertThat(unitedVisit.accepted()).isTrue();
        assertThat(blueCrossXray.accepted()).isTrue();
    }

    @Test
    void checksTheMemberBeforeTheDiagnosesAndTheDiagnosesBeforeTheReferral() {
        FrontEndDecision decision = FrontEndEdits.review(
                claim("C1", "UHC01", "REJ1", List.of("M545"), "71046", "64.99"));
        FrontEndDecision diagnosisFirst = FrontEndEdits.review(
                claim("C1", "UHC01", "U1", List.of("M545"), "71046", "64.99"));

        assertThat(decision.statusCode()).isEqualTo("164");
        assertThat(diagnosisFirst.statusCode()).isEqualTo("254");
    }
}
