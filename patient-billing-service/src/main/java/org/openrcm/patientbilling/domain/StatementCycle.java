package org.openrcm.patientbilling.domain;

import java.time.LocalDate;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.openrcm.patientbilling.settings.BillingSettings;
import org.openrcm.patientbilling.settings.BillingSettingsService;
import org.openrcm.plumbing.tenancy.TenantDirectory;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;

/**
 * The optional statement cycle: on the schedule {@code rcm.statements.cycle} (a Quarkus cron expression such as
 * {@code 0 0 * * * ?}, an every expression such as {@code 1h}, or {@code off}) it looks at every active tenant, and
 * runs the statements of each one whose cycle day it is in the practice's time zone, once per cycle date: the first
 * replica to record the tenant's run for the date runs it, the others and later ticks leave it alone. A cycle date
 * that passed while the service was down is run once at the next start or tick (see
 * {@link CycleRunRecorder#claimMissed}), unless the practice changed its settings since. The account locks of
 * {@link StatementIssuer} keep anything from being billed twice even when a manual run overlaps.
 */
@ApplicationScoped
public class StatementCycle {

    private static final Logger LOG = Logger.getLogger(StatementCycle.class);

    /** How the configured schedule reads: a cron expression has fields separated by spaces, an interval none. */
    enum Kind {
        OFF, CRON, EVERY
    }

    private final Scheduler scheduler;
    private final TenantDirectory tenants;
    private final StatementRunService runs;
    private final BillingSettingsService settings;
    private final CycleRunRecorder recorder;
    private final String schedule;
    private volatile boolean stopping;

    StatementCycle(Scheduler scheduler, TenantDirectory tenants, StatementRunService runs,
            BillingSettingsService settings, CycleRunRecorder recorder,
            @ConfigProperty(name = "rcm.statements.cycle", defaultValue = "off") String schedule) {
        this.scheduler = scheduler;
        this.tenants = tenants;
        this.runs = runs;
        this.settings = settings;
        this.recorder = recorder;
        this.schedule = schedule.strip();
    }

    static Kind kindOf(String schedule) {
        if (schedule.isEmpty() || schedule.equalsIgnoreCase("off") || schedule.equalsIgnoreCase("disabled")) {
            return Kind.OFF;
        }
        return schedule.chars().anyMatch(Character::isWhitespace) ? Kind.CRON : Kind.EVERY;
    }

    /** Schedules the cycle; a malformed schedule fails the start rather than silently never billing. */
    void start(@Observes StartupEvent startup) {
        Kind kind = kindOf(schedule);
        if (kind == Kind.OFF) {
            return;
        }
        Scheduler.JobDefinition<?> job = scheduler.newJob("statement-cycle")
                .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                .setTask(execution -> runDueTenants());
        if (kind == Kind.CRON) {
            job.setCron(schedule);
        } else {
            job.setInterval(schedule);
        }
        job.schedule();
        LOG.infof("Statement cycle scheduled: %s", schedule);
        // a cron schedule's first tick may be hours away: a cycle missed while the service was down runs now
        Thread catchUp = new Thread(this::runDueTenants, "statement-cycle-catch-up");
        catchUp.setDaemon(true);
        catchUp.start();
    }

    /** A cycle under way when the service stops leaves the remaining tenants to the next cycle. */
    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    /**
     * A tick of the schedule: a run for each active tenant whose last cycle date (today on its cycle day) has not
     * been run yet.
     */
    public void runDueTenants() {
        forEachActiveTenant(tenantId -> {
            BillingSettings tenantSettings = settings.forTenant(tenantId);
            LocalDate today = settings.today(tenantSettings);
            LocalDate cycleDate = lastCycleDate(today, tenantSettings.cycleDay());
            if (cycleDate.equals(today)) {
                return recorder.claim(tenantId, today);
            }
            // settings saved after the cycle date (a new cycle day, a new practice) did not make it due then
            return !LocalDate.ofInstant(tenantSettings.updatedAt(), tenantSettings.zone()).isAfter(cycleDate)
                    && recorder.claimMissed(tenantId, cycleDate);
        });
    }

    /**
     * The latest cycle date on or before {@code today}: this month's, or last month's when it is still to come. A
     * cycle day past the end of a shorter month (e.g. 31 in April) falls on its last day.
     */
    static LocalDate lastCycleDate(LocalDate today, int cycleDay) {
        LocalDate thisMonth = today.withDayOfMonth(Math.min(cycleDay, today.lengthOfMonth()));
        if (!thisMonth.isAfter(today)) {
            return thisMonth;
        }
        LocalDate lastMonth = today.minusMonths(1);
        return lastMonth.withDayOfMonth(Math.min(cycleDay, lastMonth.lengthOfMonth()));
    }

    /** A run for each active tenant now, whatever its cycle day. */
    public void runForEveryTenant() {
        forEachActiveTenant(tenantId -> true);
    }

    /** One tenant's failure does not keep the others from being billed. */
    private void forEachActiveTenant(Predicate<String> due) {
        for (TenantDirectory.Tenant tenant : tenants.list()) {
            if (stopping) {
                return;
            }
            if (!tenant.active()) {
                continue;
            }
            try {
                if (!due.test(tenant.tenantId())) {
                    continue;
                }
                StatementRunResult result = runs.run(tenant.tenantId());
                LOG.infof("Statement cycle for %s: %d statement(s) issued, %d account(s) without an address,"
                        + " %d to collections, %d failed", tenant.tenantId(), result.statementsIssued(),
                        result.skippedWithoutAddress(), result.sentToCollections().size(), result.failures().size());
            } catch (RuntimeException e) {
                LOG.errorf(e, "Statement cycle for %s failed; the next cycle picks up what is left",
                        tenant.tenantId());
            }
        }
    }
}
