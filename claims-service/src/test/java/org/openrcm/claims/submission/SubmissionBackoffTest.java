package org.openrcm.claims.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class SubmissionBackoffTest {

    private final SubmissionBackoff backoff = new SubmissionBackoff(Duration.ofSeconds(5), Duration.ofMinutes(1));

    @Test
    void doublesTheWaitAfterEachFailureUpToTheCap() {
        assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.after(4)).isEqualTo(Duration.ofSeconds(40));
        assertThat(backoff.after(5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(backoff.after(10_000)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void aFailedSubmissionKeepsItsIdAndWaitsBeforeTheNextAttempt() {
        Instant now = Instant.parse("2026-11-20T10:00:00Z");
        Submission submission = Submission.open("t1", "default", now, Duration.ofMinutes(2));
        String id = submission.id();

        submission.failed(now, backoff, 5, "disk full", true);
        assertThat(submission.nextAttemptAt()).isEqualTo(now.plusSeconds(5));
        submission.failed(now, backoff, 5, "disk full", true);
        assertThat(submission.nextAttemptAt()).isEqualTo(now.plusSeconds(10));
        assertThat(submission.attempts()).isEqualTo(2);
        assertThat(submission.id()).isEqualTo(id).startsWith("S-");
        assertThat(submission.status()).isEqualTo(SubmissionStatus.SENDING);
    }

    @Test
    void aSubmissionIsGivenUpAfterItsAttemptsOrAtOnceForAPermanentFailure() {
        Instant now = Instant.parse("2026-11-20T10:00:00Z");
        Submission retried = Submission.open("t1", "default", now, Duration.ofMinutes(2));
        retried.failed(now, backoff, 2, "disk full", true);
        assertThat(retried.status()).isEqualTo(SubmissionStatus.SENDING);
        retried.failed(now, backoff, 2, "disk full", true);
        assertThat(retried.status()).isEqualTo(SubmissionStatus.FAILED);
        assertThat(retried.failureReason()).isEqualTo("disk full");

        Submission refused = Submission.open("t1", "default", now, Duration.ofMinutes(2));
        refused.failed(now, backoff, 8, "refused: unknown submitter", false);
        assertThat(refused.status()).isEqualTo(SubmissionStatus.FAILED);
        assertThat(refused.attempts()).isEqualTo(1);
    }
}
