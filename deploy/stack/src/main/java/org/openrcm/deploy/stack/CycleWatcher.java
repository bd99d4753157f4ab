package org.openrcm.deploy.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.openrcm.events.EventCatalog;

/**
 * Waits, on the event tap and the file drop, for the cycle to reach a point: every encounter coded and its claim
 * acknowledged and adjudicated; the resubmitted claims acknowledged again; every exchanged file taken and the events
 * quiet; every statement issued. Prints progress while it waits; past the deadline, or when a process of the stack
 * dies, it fails naming what it was waiting for and where the logs are.
 */
public final class CycleWatcher {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(2);
    /** No event for this long, with no file waiting, means the remittances' consequences have all arrived. */
    private static final Duration QUIET = Duration.ofSeconds(3);

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

    /** Until each of {@code encounters} is coded, its claim acknowledged (or held), and each accepted claim paid or denied. */
    public void awaitClaimsSettled(int encounters) {
        await(() -> {
            int coded = count(EventCatalog.ENCOUNTER_CODED);
            int inReview = count(EventCatalog.CODING_REVIEW_REQUIRED);
            if (coded + inReview < encounters) {
                return Optional.of("EncounterCoded for every encounter (" + coded + " coded, " + inReview
                        + " sent to coding review, of " + encounters + ")");
            }
            int settled = tap.figures(figures -> figures.acknowledged(1) + figures.scrubFailed());
            if (settled < coded) {
                return Optional.of("ClaimAccepted or ClaimRejected for every claim (" + settled + " of " + coded
                        + "; " + count(EventCatalog.CLAIM_CREATED) + " created, "
                        + count(EventCatalog.CLAIM_SUBMITTED) + " submitted)");
            }
            return unpaid();
        });
    }

    /** Until each resubmitted claim is acknowledged again, and each accepted claim paid or denied. */
    public void awaitResubmissionsSettled(Set<String> claimIds) {
        await(() -> {
            int again = tap.figures(figures -> figures.acknowledged(claimIds, 2));
            if (again < claimIds.size()) {
                return Optional.of("a second acknowledgment for every resubmitted claim (" + again + " of "
                        + claimIds.size() + ")");
            }
            return unpaid();
        });
    }

    /**
     * Until the practices' mailboxes hold no file waiting to be taken, the simulator owes them nothing more, and
     * no event has come for a few seconds: the later remittances (splits, reversals, crossovers) have been posted.
     */
    public void awaitQuiet(Path drop, Collection<String> tenantIds) {
        await(() -> {
            Optional<String> waiting = waitingFile(drop, tenantIds);
            if (waiting.isPresent()) {
                return Optional.of("the services and the simulator to take every file (waiting: " + waiting.get()
                        + ")");
            }
            Duration quiet = tap.quietFor();
            return quiet.compareTo(QUIET) < 0 ? Optional.of("the events to settle (quiet for "
                    + quiet.toMillis() + " ms)") : Optional.empty();
        });
    }

    /**
     * Until patient-billing has applied (recorded in its inbox with their effect) every PatientResponsibilityDetermined
     * the tap has seen: a statement run before that would miss charges that are published but not yet on the
     * accounts.
     */
    public void awaitResponsibilityApplied(ServiceInbox patientBilling) {
        await(() -> {
            Set<String> seen = tap.responsibilityEventIds();
            int applied = patientBilling.applied(seen).size();
            return applied < seen.size() ? Optional.of("patient-billing to apply every PatientResponsibilityDetermined ("
                    + applied + " of " + seen.size() + ")") : Optional.empty();
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

    private Optional<String> unpaid() {
        int unpaid = tap.figures(CycleFigures::acceptedNotAdjudicated);
        return unpaid > 0 ? Optional.of("PaymentPosted or ClaimDenied for every accepted claim (" + unpaid
                + " not yet)") : Optional.empty();
    }

    /** A file in a practice's outbound/, inbound/ or remittance/, or one the simulator still owes a practice. */
    static Optional<String> waitingFile(Path drop, Collection<String> tenantIds) {
        for (String tenantId : tenantIds) {
            for (Path mailbox : directories(drop.resolve(tenantId))) {
                for (String box : List.of("outbound", "inbound", "remittance")) {
                    Optional<Path> file = files(mailbox.resolve(box)).findFirst();
                    if (file.isPresent()) {
                        return Optional.of(drop.relativize(file.get()).toString());
                    }
                }
            }
        }
        Path pending = drop.resolve(".simulator").resolve("pending");
        for (Path answered : directories(pending)) {
            for (Path due : directories(answered)) {
                for (String tenantId : tenantIds) {
                    if (Files.isDirectory(due.resolve(tenantId))) {
                        return Optional.of("an answer the simulator owes " + tenantId);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static List<Path> directories(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(Files::isDirectory)
                    .filter(entry -> !entry.getFileName().toString().startsWith(".")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + directory, e);
        }
    }

    private static Stream<Path> files(Path directory) {
        if (!Files.isDirectory(directory)) {
            return Stream.empty();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(Files::isRegularFile).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + directory, e);
        }
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
        return String.format("  %5.1f s  coded %d | claims %d, submitted %d, accepted %d, rejected %d | paid %d,"
                + " denied %d | patient share %d | statements %d%s", (System.nanoTime() - started) / 1e9,
                count(EventCatalog.ENCOUNTER_CODED), count(EventCatalog.CLAIM_CREATED),
                count(EventCatalog.CLAIM_SUBMITTED), count(EventCatalog.CLAIM_ACCEPTED),
                count(EventCatalog.CLAIM_REJECTED), count(EventCatalog.PAYMENT_POSTED),
                count(EventCatalog.CLAIM_DENIED), count(EventCatalog.PATIENT_RESPONSIBILITY_DETERMINED),
                count(EventCatalog.PATIENT_STATEMENT_ISSUED), deadLetterNote());
    }

    private String deadLetterNote() {
        int deadLetters = tap.deadLetters();
        return deadLetters == 0 ? "" : " (" + deadLetters + " records dead-lettered)";
    }

    private int count(EventCatalog type) {
        return tap.count(type);
    }
}
