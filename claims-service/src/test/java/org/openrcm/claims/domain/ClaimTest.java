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
import org.openrcm.events.common.ValidationIssue;

class ClaimTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

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
        assertThatThrownBy(() -> claim.rejected("A7", NOW)).isInstanceOf(IllegalStateException.class);
        claim.startSubmission("S-1", NOW);
        claim.submitted(NOW);
        claim.rejected("A7/562: invalid member", NOW);
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

    private static Claim claim(List<ValidationIssue> issues) {
        List<PricedLine> lines = List.of(
                new PricedLine(1, new ProcedureLine("99213", null, 1, List.of(1)), new BigDecimal("125.00")),
                new PricedLine(2, new ProcedureLine("93000", List.of("26"), 2, List.of(1)), new BigDecimal("62.50")));
        return Claim.built("t1", "enc-1", new Patient("P-1", "Jo", "Doe", LocalDate.of(1980, 1, 1), "F",
                new Address("1 Main St", null, "Springfield", "IL", "62701")),
                new Coverage("BCBS01", "Blue Cross", "M1", null, "18", "CI"), "1245319599", "1234567893",
                LocalDate.of(2026, 11, 20), "11", List.of("E119"), lines, issues, NOW);
    }
}
