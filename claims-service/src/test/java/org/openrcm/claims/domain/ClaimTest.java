package org.openrcm.claims.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openrcm.events.common.Address;
import org.openrcm.events.common.Coverage;
import org.openrcm.events.common.Patient;
import org.openrcm.events.common.ProcedureLine;
import org.openrcm.events.common.Provider;
import org.openrcm.events.common.ValidationIssue;

class ClaimTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final RejectionReason REJECTION = new RejectionReason(RejectionReason.PAYER, "A7", "562", "85",
            RejectionCategory.PROVIDER, "A7 rejected for invalid information: entity's NPI (billing provider)");

    @Test
    void aClaimWithoutIssuesIsBuiltReadyAndTotalled() {
        Claim claim = claim(List.of());

        assertThat(claim.status()).isEqualTo(ClaimStatus.READY);
        assertThat(claim.totalCharge()).isEqualTo(new BigDecimal("250.00"));
        assertThat(claim.history()).extracting(ClaimStatusChange::status).containsExactly(ClaimStatus.READY);
    }

    @Test
    void aClaimWithIssuesIsBuiltScrubFailedAndCannotBeSubmitted() {
        Claim claim = claim(List.of(new ValidationIssue("NO_BILLING_PROFILE", null, "none")));

        assertThat(claim.status()).isEqualTo(ClaimStatus.SCRUB_FAILED);
        assertThat(claim.history().get(0).note()).isEqualTo("NO_BILLING_PROFILE");
        assertThatThrownBy(() -> claim.startSubmission("S-1", NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void goesThroughSubmissionAndAcknowledgmentKeepingEveryStep() {
        Claim claim = claim(List.of());
        claim.startSubmission("S-1", NOW);
        claim.submitted(NOW.plusSeconds(1));
        claim.accepted("PCN-1", "A1/20", NOW.plusSeconds(2));

        assertThat(claim.submissionId()).isEqualTo("S-1");
        assertThat(claim.payerClaimNumber()).isEqualTo("PCN-1");
        assertThat(claim.history()).extracting(ClaimStatusChange::status).containsExactly(ClaimStatus.READY,
                ClaimStatus.SUBMITTING, ClaimStatus.SUBMITTED, ClaimStatus.ACCEPTED);
        assertThat(claim.updatedAt()).isEqualTo(NOW.plusSeconds(2));
    }

    @Test
    void takesAnAcknowledgmentOnlyOnceSubmitted() {
        Claim claim = claim(List.of());
        assertThatThrownBy(() -> claim.rejected(List.of(REJECTION), NOW)).isInstanceOf(IllegalStateException.class);
        claim.startSubmission("S-1", NOW);
        claim.submitted(NOW);
        claim.rejected(List.of(REJECTION), NOW);
        assertThatThrownBy(() -> claim.accepted(null, "A1", NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRepeatedAdjudicationChangesNothingButALaterOneRevisesIt() {
        Claim claim = claim(List.of());
        claim.startSubmission("S-1", NOW);
        claim.submitted(NOW);

        assertThat(claim.adjudicated(ClaimStatus.PAID, "paid", NOW)).isTrue();
        assertThat(claim.adjudicated(ClaimStatus.PAID, "paid again", NOW)).isFalse();
        assertThat(claim.adjudicated(ClaimStatus.DENIED, "reversed", NOW)).isTrue();
        assertThat(claim.history()).extracting(ClaimStatusChange::status).endsWith(ClaimStatus.PAID,
                ClaimStatus.DENIED);
    }

    @Test
    void aClaimNeverSubmittedCannotBeAdjudicated() {
        assertThatThrownBy(() -> claim(List.of()).adjudicated(ClaimStatus.PAID, "paid", NOW))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRejectedClaimIsCorrectedThenScrubbedAgainAsAResubmissionWithWhoDidIt() {
        Claim claim = submitted();
        claim.rejected(List.of(REJECTION), NOW);
        ClaimCorrection correction = new ClaimCorrection(List.of("E119", "I10"), List.of(
                new ClaimCorrection.LineCorrection(1, "99214", List.of("25"), null, List.of(1, 2))), "M2", null,
                null, null, null, null, null, null, null, null, null, null);

        claim.correct(correction, code -> "99214".equals(code) ? new BigDecimal("180.00") : null, "bea", NOW);
        claim.rescrubbed(List.of(), "default", "bea", NOW.plusSeconds(5));

        assertThat(claim.status()).isEqualTo(ClaimStatus.READY);
        assertThat(claim.resubmission()).isTrue();
        assertThat(claim.previousSubmissionId()).isEqualTo("S-1");
        assertThat(claim.coverage().memberId()).isEqualTo("M2");
        assertThat(claim.lines().get(0).procedureCode()).isEqualTo("99214");
        assertThat(claim.lines().get(0).modifiers()).containsExactly("25");
        assertThat(claim.totalCharge()).isEqualByComparingTo("305.00");
        assertThat(claim.history()).extracting(ClaimStatusChange::changedBy).endsWith("bea", "bea");
        assertThat(claim.history().get(claim.history().size() - 2).note())
                .isEqualTo("corrected diagnosisCodes, lines[1], memberId");
    }

    @Test
    void onlyHeldRejectedOrFailedClaimsAreCorrected() {
        Claim claim = submitted();
        ClaimCorrection correction = new ClaimCorrection(null, null, "M2", null, null, null, null, null, null, null,
                null, null, null, null);
        assertThatThrownBy(() -> claim.correct(correction, code -> null, "bea", NOW))
                .isInstanceOf(ClaimStateException.class).hasMessageContaining("SUBMITTED");
        claim.rejected(List.of(REJECTION), NOW);
        assertThatThrownBy(() -> claim.correct(new ClaimCorrection(null, List.of(new ClaimCorrection.LineCorrection(9,
                "99214", null, null, null)), null, null, null, null, null, null, null, null, null, null, null, null),
                code -> null, "bea", NOW)).isInstanceOf(ClaimStateException.class).hasMessageContaining("line 9");
    }

    @Test
    void aPaidClaimIsReplacedWithFrequency7CarryingThePayerClaimNumber() {
        Claim claim = submitted();
        claim.accepted("PCN-9", "A2/20", NOW);
        claim.adjudicated(ClaimStatus.PAID, "paid", NOW);

        claim.replace(null, code -> null, replaced -> List.of(), "default", "wrong units", "bea", NOW);

        assertThat(claim.status()).isEqualTo(ClaimStatus.READY);
        assertThat(claim.frequencyCode()).isEqualTo(Claim.REPLACEMENT);
        assertThat(claim.payerClaimNumber()).isEqualTo("PCN-9");
        assertThat(claim.patientControlNumber()).isEqualTo("C000000000001");
        assertThat(claim.history().get(claim.history().size() - 1).note())
                .isEqualTo("replacement (frequency 7): wrong units");
    }

    @Test
    void aClaimThePayerNeverNumberedCannotBeReplaced() {
        Claim claim = submitted();
        claim.accepted(null, "A1/19", NOW);
        assertThatThrownBy(() -> claim.replace(null, code -> null, replaced -> List.of(), "default", "x", "bea", NOW))
                .isInstanceOf(ClaimStateException.class).hasMessageContaining("no claim number");
    }

    @Test
    void anAcceptedClaimIsVoidedBySendingFrequency8AndIsVoidedOnceSent() {
        Claim claim = submitted();
        claim.accepted("PCN-9", "A2/20", NOW);

        assertThat(claim.voided("billed to the wrong payer", "default", "bea", NOW)).isTrue();
        assertThat(claim.status()).isEqualTo(ClaimStatus.READY);
        assertThat(claim.frequencyCode()).isEqualTo(Claim.VOID);
        claim.startSubmission("S-2", NOW);
        claim.submitted(NOW);

        assertThat(claim.status()).isEqualTo(ClaimStatus.VOIDED);
        assertThat(claim.voidReason()).isEqualTo("billed to the wrong payer");
    }

    @Test
    void aClaimThePayerNeverHadIsVoidedAtOnceButNotWhileItIsOnItsWay() {
        Claim held = claim(List.of(new ValidationIssue("NO_BILLING_PROFILE", null, "none")));
        assertThat(held.voided("duplicate encounter", "default", "bea", NOW)).isFalse();
        assertThat(held.status()).isEqualTo(ClaimStatus.VOIDED);

        Claim sent = submitted();
        assertThatThrownBy(() -> sent.voided("x", "default", "bea", NOW)).isInstanceOf(ClaimStateException.class);
    }

    @Test
    void aClaimWhoseSubmissionIsGivenUpIsFailedAndCanBeScrubbedAgain() {
        Claim claim = claim(List.of());
        claim.startSubmission("S-1", NOW);
        claim.failed("given up after 5 attempt(s)", NOW);

        assertThat(claim.status()).isEqualTo(ClaimStatus.FAILED);
        claim.rescrubbed(List.of(new ValidationIssue("X12_NM109", "2010BA NM109", "member id")), "default", "bea",
                NOW);
        assertThat(claim.status()).isEqualTo(ClaimStatus.SCRUB_FAILED);
        assertThat(claim.scrubIssues()).extracting(ValidationIssue::code).containsExactly("X12_NM109");
    }

    @Test
    void aReadyClaimHeldByThePreCheckKeepsTheGuidesReasons() {
        Claim claim = claim(List.of());
        claim.hold(List.of(new ValidationIssue("X12_PRV03", "PRV03 (loop 2000A)", "taxonomy")), NOW);

        assertThat(claim.status()).isEqualTo(ClaimStatus.SCRUB_FAILED);
        assertThat(claim.history().get(1).note()).isEqualTo("held before sending: X12_PRV03");
        assertThat(claim.history().get(1).changedBy()).isEqualTo(Claim.SYSTEM);
    }

    private static Claim submitted() {
        Claim claim = claim(List.of());
        claim.startSubmission("S-1", NOW);
        claim.submitted(NOW);
        return claim;
    }

    private static Claim claim(List<ValidationIssue> issues) {
        List<PricedLine> lines = List.of(
                new PricedLine(1, new ProcedureLine("99213", null, 1, List.of(1)), new BigDecimal("125.00")),
                new PricedLine(2, new ProcedureLine("93000", List.of("26"), 2, List.of(1)), new BigDecimal("62.50")));
        return Claim.built("t1", "enc-1", "C000000000001", "default", new Patient("P-1", "Jo", "Doe", LocalDate.of(1980, 1, 1), "F",
                new Address("1 Main St", null, "Springfield", "IL", "62701")),
                new Coverage("BCBS01", "Blue Cross", "M1", null, "18", "CI"), "1245319599",
                new Provider("1234567893", "Sam", "Osler"),
                LocalDate.of(2026, 11, 20), "11", List.of("E119"), lines, issues, NOW);
    }
}
