package org.openrcm.deploy.stack;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import org.openrcm.events.EventCatalog;

/**
 * Waits, on the event tap, for the cycle to reach a point: every encounter coded, every claim acknowledged and
 * paid, every statement issued. Prints progress while it waits; past the deadline, or when a process of the
 * stack dies, it fails naming what it was waiting for and where the logs are.
 */
public final class CycleWatcher {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(2);

    private final EventTap tap;
    private final StackSupervisor supervisor;
    private final PrintStream out;
    private final Duration timeout;
    private final long started = System.nanoTime();
    private final long deadline;

    public CycleWatcher(EventTap tap, StackSupervisor supervisor, PrintStream out, Duration timeout) {
        this.tap = tap;
        this.supervisor = supervisor;
        this.out = out;
        this.timeout = timeout;
        this.deadline = started + timeout.toNanos();
    }

    /** Until each of {@code encounters} is coded, its claim acknowledged, and each accepted claim paid. */
    public void awaitClaimsSettled(int encounters) {
        await(() -> {
            int coded = count(EventCatalog.ENCOUNTER_CODED);
            int inReview = count(EventCatalog.CODING_REVIEW_REQUIRED);
            if (coded + inReview < encounters) {
                return Optional.of("EncounterCoded for every encounter (" + coded + " coded, " + inReview
                        + " sent to coding review, of " + encounters + ")");
            }
            int accepted = count(EventCatalog.CLAIM_ACCEPTED);
            int settled = accepted + count(EventCatalog.CLAIM_REJECTED) + count(EventCatalog.CLAIM_SCRUB_FAILED);
            if (settled < coded) {
                return Optional.of("ClaimAccepted or ClaimRejected for every claim (" + settled + " of " + coded
                        + "; " + count(EventCatalog.CLAIM_CREATED) + " created, "
                        + count(EventCatalog.CLAIM_SUBMITTED) + " submitted)");
            }
            int posted = count(EventCatalog.PAYMENT_POSTED) + count(EventCatalog.CLAIM_DENIED);
            if (posted < accepted) {
                return Optional.of("PaymentPosted for every accepted claim (" + posted + " of " + accepted + ")");
            }
            int determined = count(EventCatalog.PATIENT_RESPONSIBILITY_DETERMINED);
            if (determined < accepted) {
                return Optional.of("PatientResponsibilityDetermined for every accepted claim (" + determined + " of "
                        + accepted + ")");
            }
            return Optional.empty();
        });
    }

    /** Until {@code statements} PatientStatementIssued events have come. */
    public void awaitStatements(int statements) {
        await(() -> {
            int issued = count(EventCatalog.PATIENT_STATEMENT_ISSUED);
            return issued < statements ? Optional.of("PatientStatementIssued for every statement of the run ("
                    + issued + " of " + statements + ")") : Optional.empty();
        });
    }

    /** @param pending what is still awaited, empty once nothing is */
    private void await(Supplier<Optional<String>> pending) {
        long nextProgress = System.nanoTime() + PROGRESS_EVERY.toNanos();
        while (true) {
            tap.checkRunning();
            supervisor.checkRunning();
            Optional<String> awaited = pending.get();
            if (awaited.isEmpty()) {
                return;
            }
            long now = System.nanoTime();
            if (now > deadline) {
                throw new IllegalStateException("Timed out after " + timeout.toSeconds() + " s waiting for "
                        + awaited.get() + deadLetterNote() + ". Logs: " + supervisor.layout().logsDir());
            }
            if (now > nextProgress) {
                out.println(progress());
                nextProgress = now + PROGRESS_EVERY.toNanos();
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + awaited.get(), e);
            }
        }
    }

    private String progress() {
        return String.format("  %5.1f s  coded %d | claims %d, submitted %d, accepted %d, rejected %d | paid %d"
                + " | patient share %d | statements %d%s", (System.nanoTime() - started) / 1e9,
                count(EventCatalog.ENCOUNTER_CODED), count(EventCatalog.CLAIM_CREATED),
                count(EventCatalog.CLAIM_SUBMITTED), count(EventCatalog.CLAIM_ACCEPTED),
                count(EventCatalog.CLAIM_REJECTED), count(EventCatalog.PAYMENT_POSTED),
                count(EventCatalog.PATIENT_RESPONSIBILITY_DETERMINED), count(EventCatalog.PATIENT_STATEMENT_ISSUED),
                deadLetterNote());
    }

    private String deadLetterNote() {
        int deadLetters = tap.deadLetters();
        return deadLetters == 0 ? "" : " (" + deadLetters + " records dead-lettered)";
    }

    private int count(EventCatalog type) {
        return tap.count(type);
    }
}
