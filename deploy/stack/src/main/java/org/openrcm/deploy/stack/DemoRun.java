package org.openrcm.deploy.stack;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/**
 * One pass of encounters through the whole cycle on a running stack: onboard the practices, send the encounters,
 * wait until every claim is settled and paid, run statements, wait for them, and sum it all up.
 */
public final class DemoRun {

    private final StackSupervisor supervisor;
    private final EventTap tap;
    private final PrintStream out;
    private final Duration timeout;

    /** @param timeout for the whole run, from the first request to the last statement */
    public DemoRun(StackSupervisor supervisor, EventTap tap, PrintStream out, Duration timeout) {
        this.supervisor = supervisor;
        this.tap = tap;
        this.out = out;
        this.timeout = timeout;
    }

    /**
     * @param encounters may list a visit twice, as an EHR re-sending it would; it is counted once
     * @throws IllegalStateException when the cycle does not complete within the timeout, or a process dies
     */
    public DemoSummary run(List<DemoTenant> tenants, List<DemoEncounter> encounters) {
        long started = System.nanoTime();
        CycleWatcher watcher = new CycleWatcher(tap, supervisor, out, timeout);
        DemoWorkload workload = new DemoWorkload(supervisor.endpoints(), out);
        workload.onboard(tenants);
        out.println("Sending " + encounters.size() + " encounters");
        DemoWorkload.Intake intake = workload.postEncounters(encounters);
        int distinct = (int) encounters.stream().map(DemoEncounter::key).distinct().count();
        watcher.awaitClaimsSettled(distinct);
        out.println("Every claim is settled; running patient statements");
        DemoWorkload.StatementRun statements = workload.runStatements(tenants);
        watcher.awaitStatements(statements.statementsIssued());
        return DemoSummary.of(tenants.size(), distinct, intake, tap, Duration.ofNanos(System.nanoTime() - started),
                supervisor);
    }
}
