package org.openrcm.deploy.stack;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.Collectors;

import org.openrcm.events.EventCatalog;

/** What a demo run did, from the events it tapped, how long it took and how much memory each process holds. */
public record DemoSummary(int practices, int encounters, DemoWorkload.Intake intake, int coded, int inCodingReview,
        int claimsCreated, int claimsSubmitted, int claimsAccepted, int claimsRejected, int paymentsPosted,
        BigDecimal paid, BigDecimal patientResponsibility, int statements, BigDecimal billed, Duration elapsed,
        List<ProcessUse> processes) {

    /** One process's resident memory. */
    public record ProcessUse(String name, long pid, OptionalLong residentBytes) {
    }

    public static DemoSummary of(int practices, int encounters, DemoWorkload.Intake intake, EventTap tap,
            Duration elapsed, StackSupervisor supervisor) {
        List<ProcessUse> processes = new ArrayList<>();
        long self = ProcessHandle.current().pid();
        processes.add(new ProcessUse("supervisor", self, ProcessMemory.residentBytes(self)));
        for (ChildProcess child : supervisor.children()) {
            processes.add(new ProcessUse(child.name(), child.pid(), child.residentBytes()));
        }
        return new DemoSummary(practices, encounters, intake, tap.count(EventCatalog.ENCOUNTER_CODED),
                tap.count(EventCatalog.CODING_REVIEW_REQUIRED), tap.count(EventCatalog.CLAIM_CREATED),
                tap.count(EventCatalog.CLAIM_SUBMITTED), tap.count(EventCatalog.CLAIM_ACCEPTED),
                tap.count(EventCatalog.CLAIM_REJECTED), tap.count(EventCatalog.PAYMENT_POSTED),
                tap.sum(EventCatalog.PAYMENT_POSTED), tap.sum(EventCatalog.PATIENT_RESPONSIBILITY_DETERMINED),
                tap.count(EventCatalog.PATIENT_STATEMENT_ISSUED), tap.sum(EventCatalog.PATIENT_STATEMENT_ISSUED),
                elapsed, List.copyOf(processes));
    }

    /** Claims carried from encounter intake to a settled outcome, per second of the run. */
    public double claimsPerSecond() {
        double seconds = elapsed.toMillis() / 1000.0;
        return seconds == 0 ? 0 : (claimsAccepted + claimsRejected) / seconds;
    }

    public void print(PrintStream out) {
        NumberFormat dollars = NumberFormat.getCurrencyInstance(Locale.US);
        out.println();
        out.printf("OpenRCM demo: %d encounters from %d practices%n", encounters, practices);
        out.printf("  %-24s %d taken in (%d sent again and answered 200), %d coded, %d sent to coding review%n",
                "encounters", intake.created(), intake.alreadyReceived(), coded, inCodingReview);
        out.printf("  %-24s %d created, %d submitted, %d accepted, %d rejected%n", "claims", claimsCreated,
                claimsSubmitted, claimsAccepted, claimsRejected);
        out.printf("  %-24s %d posted, %s paid%n", "payer payments", paymentsPosted, dollars.format(paid));
        out.printf("  %-24s %s%n", "patient responsibility", dollars.format(patientResponsibility));
        out.printf("  %-24s %d issued, %s billed%n", "patient statements", statements, dollars.format(billed));
        out.printf("  %-24s %.1f s, %.1f claims/s%n", "elapsed", elapsed.toMillis() / 1000.0, claimsPerSecond());
        out.printf("  %-24s %s%n", "memory (RSS)", processes.stream()
                .map(process -> process.name() + " " + (process.residentBytes().isPresent()
                        ? (process.residentBytes().getAsLong() >> 20) + " MB" : "n/a"))
                .collect(Collectors.joining(", ")));
    }
}
