package org.openrcm.deploy.stack;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One pass of encounters through the whole cycle on a running stack: onboard the practices, send the encounters,
 * let the coder correct what the coding edits sent to review, wait until every claim is acknowledged and adjudicated, let the biller correct and resubmit what the payers
 * rejected, wait for those, wait until every exchanged file is taken, run statements, wait for them, and sum it all up.
 */
public final class DemoRun {

    /** patient-billing's consumer of payments' events, as its inbox names it. */
    static final String PATIENT_BILLING_CONSUMER = "patient-billing-service.claim-payments";

    private final StackSupervisor supervisor;
    private final EventTap tap;
    private final PrintStream out;
    private final Duration timeout;
    private final int encountersInFlight;

    /** @param timeout for the whole run, from the first request to the last statement */
    public DemoRun(StackSupervisor supervisor, EventTap tap, PrintStream out, Duration timeout) {
        this(supervisor, tap, out, timeout, DemoWorkload.DEFAULT_ENCOUNTERS_IN_FLIGHT);
    }

    /** @param encountersInFlight how many encounter requests the generator keeps in flight */
    public DemoRun(StackSupervisor supervisor, EventTap tap, PrintStream out, Duration timeout,
            int encountersInFlight) {
        this.supervisor = supervisor;
        this.tap = tap;
        this.out = out;
        this.timeout = timeout;
        this.encountersInFlight = encountersInFlight;
    }

    /**
     * @param encounters may list a visit twice, as an EHR re-sending it would; it is counted once
     * @param biller     whether the demo's biller works the rejection queue
     * @throws IllegalStateException when the cycle does not complete within the timeout, or a process dies
     */
    public DemoSummary run(List<DemoTenant> tenants, List<DemoEncounter> encounters, boolean biller) {
        long started = System.nanoTime();
        CycleWatcher watcher = new CycleWatcher(tap, supervisor, out, timeout);
        DemoWorkload workload = new DemoWorkload(supervisor.endpoints(), out, encountersInFlight);
        List<String> tenantIds = tenants.stream().map(DemoTenant::tenantId).toList();
        workload.onboard(tenants);
        out.println("Sending " + encounters.size() + " encounters, " + encountersInFlight + " at a time");
        long sending = System.nanoTime();
        DemoWorkload.Intake intake = workload.postEncounters(encounters);
        double sendingSeconds = (System.nanoTime() - sending) / 1e9;
        out.printf(Locale.ROOT, "Sent %d encounters in %.1f s (%.0f/s)%n", encounters.size(), sendingSeconds,
                encounters.size() / Math.max(sendingSeconds, 1e-3));
        int distinct = (int) encounters.stream().map(DemoEncounter::key).distinct().count();
        DemoCoder.Review review = new DemoCoder(workload, out).work(tenants);
        watcher.awaitClaimsSettled(distinct - review.leftInReview());
        DemoBiller.Corrections corrections = DemoBiller.Corrections.NONE;
        if (biller) {
            corrections = new DemoBiller(workload, out).work(tenants, memberIds(encounters));
            watcher.awaitResubmissionsSettled(corrections.claimIds());
        }
        watcher.awaitQuiet(supervisor.endpoints().clearinghouseDrop(), tenantIds);
        try (ServiceInbox patientBilling = ServiceInbox.open(supervisor.postgresSettings(),
                supervisor.database(ServiceSpec.PATIENT_BILLING), PATIENT_BILLING_CONSUMER)) {
            watcher.awaitResponsibilityApplied(patientBilling);
        }
        out.println("Every claim is settled and every remittance posted; running patient statements");
        PatientBillingDemo patients = new PatientBillingDemo(supervisor.endpoints(), out);
        patients.configure(tenants);
        DemoWorkload.StatementRun statements = workload.runStatements(tenants);
        watcher.awaitStatements(statements.statementsIssued());
        PatientBillingDemo.Result patientBilling = patients.run(tenants,
                supervisor.layout().artifactsDir().resolve("statements"));
        Receivables receivables = workload.receivables(tenants, LocalDate.now());
        ExchangedFiles files = ExchangedFiles.count(supervisor.endpoints().clearinghouseDrop(), tenantIds);
        return DemoSummary.of(tenants.size(), distinct, intake, tap, review, corrections, receivables, files,
                Duration.ofNanos(System.nanoTime() - started), supervisor, patientBilling);
    }

    /** The member id each patient's visits were billed with, by {@code tenant/patientId}. */
    private static Map<String, String> memberIds(List<DemoEncounter> encounters) {
        Map<String, String> memberIds = new HashMap<>();
        encounters.forEach(encounter -> memberIds.put(
                encounter.tenant().tenantId() + "/" + encounter.request().patient().patientId(),
                encounter.request().coverage().memberId()));
        return memberIds;
    }
}
