package org.openrcm.deploy.stack;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;

import org.openrcm.events.EventCatalog;

/**
 * What a demo run did, from the events it tapped, the files exchanged, how long it took and how much memory each
 * process holds.
 *
 * @param figures   the business figures of the run
 * @param coder       what the coding edits sent to review and the demo's coder corrected
 * @param biller      what the demo's biller corrected and resubmitted
 * @param receivables what the payers still owe, by payer and age, and the posting queues
 * @param files     the X12 files exchanged with the clearinghouse
 * @param patientBilling statement PDFs, patient payments and plans, patient A/R and collections
 */
public record DemoSummary(int practices, int encounters, DemoWorkload.Intake intake, int coded, int inCodingReview,
        int claimsCreated, int claimsSubmitted, int claimsAccepted, int claimsRejected, int paymentsPosted,
        int statements, BigDecimal billed, Figures figures, DemoCoder.Review coder, DemoBiller.Corrections biller,
        Receivables receivables,
        ExchangedFiles files,
        Duration elapsed, List<ProcessUse> processes, PatientBillingDemo.Result patientBilling) {

    /** One process's resident memory. */
    public record ProcessUse(String name, long pid, OptionalLong residentBytes) {
    }

    /**
     * The business figures of a run (see {@link CycleFigures}).
     *
     * @param cleanClaims              claims accepted on their first submission
     * @param rejectionsByReason       277CA/999 rejections by status codes and reason
     * @param adjudicatedClaims        claims a payer paid or denied
     * @param denialsByCarc            denied claims by the CARC (group-reason) that denied them
     * @param paid                     what payers paid, reversals deducted
     * @param patientResponsibilityNow what patients owe for their claims as they now stand
     */
    public record Figures(int claimsCreated, int cleanClaims, Map<String, Integer> rejectionsByReason,
            int resubmittedClaims, int adjudicatedClaims, int deniedClaims, Map<String, Integer> denialsByCarc,
            BigDecimal paid, BigDecimal patientResponsibilityNow) {

        static Figures of(EventTap tap) {
            return tap.figures(figures -> new Figures(figures.claimsCreated(), figures.cleanClaims(),
                    figures.rejectionsByReason(), figures.resubmittedClaims(), figures.adjudicatedClaims(),
                    figures.deniedClaims(), figures.denialsByCarc(), figures.paidNet(),
                    figures.patientResponsibilityNow()));
        }

        /** Percent of created claims accepted on their first submission. */
        public double cleanClaimRate() {
            return claimsCreated == 0 ? 0 : 100.0 * cleanClaims / claimsCreated;
        }

        /** Percent of adjudicated claims denied. */
        public double denialRate() {
            return adjudicatedClaims == 0 ? 0 : 100.0 * deniedClaims / adjudicatedClaims;
        }
    }

    public static DemoSummary of(int practices, int encounters, DemoWorkload.Intake intake, EventTap tap,
            DemoCoder.Review coder, DemoBiller.Corrections biller, Receivables receivables, ExchangedFiles files,
            Duration elapsed, StackSupervisor supervisor, PatientBillingDemo.Result patientBilling) {
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
                tap.count(EventCatalog.PATIENT_STATEMENT_ISSUED), tap.sum(EventCatalog.PATIENT_STATEMENT_ISSUED),
                Figures.of(tap), coder, biller, receivables, files, elapsed, List.copyOf(processes), patientBilling);
    }

    /** Claims carried from encounter intake to a settled outcome, per second of the run. */
    public double claimsPerSecond() {
        double seconds = elapsed.toMillis() / 1000.0;
        return seconds == 0 ? 0 : claimsCreated / seconds;
    }

    public void print(PrintStream out) {
        NumberFormat dollars = NumberFormat.getCurrencyInstance(Locale.US);
        out.println();
        out.printf("OpenRCM demo: %d encounters from %d practices%n", encounters, practices);
        out.printf("  %-24s %d taken in (%d sent again and answered 200), %d coded, %d sent to coding review%n",
                "encounters", intake.created(), intake.alreadyReceived(), coded, inCodingReview);
        out.printf("  %-24s %d auto-coded, %d sent to review (%d corrected by the demo coder, %d left in review)%n",
                "coding", coded - coder.corrected(), coder.sentToReview(), coder.corrected(), coder.leftInReview());
        out.printf("  %-24s %s%n", "edits that fired", coder.editsFired().isEmpty() ? "none"
                : byCount(coder.editsFired()).stream().map(entry -> entry.getKey() + " " + entry.getValue())
                        .collect(Collectors.joining(", ")));
        out.printf("  %-24s %d created, %d submitted, %d accepted, %d rejected%n", "claims", claimsCreated,
                claimsSubmitted, claimsAccepted, claimsRejected);
        out.printf("  %-24s %.1f %% (%d of %d accepted on their first submission)%n", "clean-claim rate",
                figures.cleanClaimRate(), figures.cleanClaims(), figures.claimsCreated());
        out.printf("  %-24s %s%n", "rejections by reason", figures.rejectionsByReason().isEmpty() ? "none" : "");
        byCount(figures.rejectionsByReason()).forEach(entry ->
                out.printf("  %-24s   %4d  %s%n", "", entry.getValue(), entry.getKey()));
        out.printf("  %-24s %d corrected and resubmitted (%s), %d left in the rejection queue%n", "demo biller",
                biller.resubmitted(), biller.corrections().isEmpty() ? "nothing to correct"
                        : biller.corrections().entrySet().stream().map(entry -> entry.getValue() + " " + entry.getKey())
                                .collect(Collectors.joining(", ")), biller.leftInQueue());
        out.printf("  %-24s %d claims adjudicated, %d denied (%.1f %%)%s%n", "denials",
                figures.adjudicatedClaims(), figures.deniedClaims(), figures.denialRate(),
                figures.denialsByCarc().isEmpty() ? "" : "; by CARC: " + byCount(figures.denialsByCarc()).stream()
                        .map(entry -> entry.getKey() + " " + entry.getValue()).collect(Collectors.joining(", ")));
        out.printf("  %-24s %d postings, %s paid (reversals deducted)%n", "payer payments", paymentsPosted,
                dollars.format(figures.paid()));
        out.printf("  %-24s %d unmatched payments, %d held payments, %d held remittances%n", "posting queues",
                receivables.unmatchedPayments(), receivables.heldPayments(), receivables.heldRemittances());
        out.printf("  %-24s %s owed by payers%s%n", "A/R by payer and age", dollars.format(receivables.total()),
                receivables.byPayer().isEmpty() ? "" : " (days since service: " + String.join(" | ",
                        Receivables.BUCKETS) + ")");
        receivables.byPayer().forEach((payer, buckets) -> out.printf("  %-24s   %-10s %s%n", "", payer,
                buckets.values().stream().map(dollars::format).collect(Collectors.joining(" | "))));
        out.printf("  %-24s %s for the claims as they now stand%n", "patient responsibility",
                dollars.format(figures.patientResponsibilityNow()));
        out.printf("  %-24s %d issued, %s billed%n", "patient statements", statements, dollars.format(billed));
        patientBilling.print(out, dollars);
        out.printf("  %-24s %s in %s%n", "X12 files", files.byKind().isEmpty() ? "none"
                : files.byKind().entrySet().stream().map(entry -> entry.getValue() + " " + entry.getKey())
                        .collect(Collectors.joining(", ")) + (files.quarantined() == 0 ? ""
                        : " (" + files.quarantined() + " quarantined)"), files.drop());
        out.printf("  %-24s %.1f s, %.1f claims/s%n", "elapsed", elapsed.toMillis() / 1000.0, claimsPerSecond());
        out.printf("  %-24s %s%n", "memory (RSS)", processes.stream()
                .map(process -> process.name() + " " + (process.residentBytes().isPresent()
                        ? (process.residentBytes().getAsLong() >> 20) + " MB" : "n/a"))
                .collect(Collectors.joining(", ")));
    }

    private static List<Map.Entry<String, Integer>> byCount(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .toList();
    }
}
