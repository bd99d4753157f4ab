package org.openrcm.patientbilling.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.openrcm.plumbing.tenancy.TenantDirectory;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;

/**
 * The optional statement cycle: on the schedule {@code rcm.statements.cycle} (a Quarkus cron expression such as
 * {@code 0 0 4 ? * MON}, an every expression such as {@code 24h}, or {@code off}), a statement run for every active
 * tenant. Several replicas may run it at once: the account locks of {@link StatementIssuer} keep anything from
 * being billed twice.
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
    private final String schedule;
    private volatile boolean stopping;

    StatementCycle(Scheduler scheduler, TenantDirectory tenants, StatementRunService runs,
            @ConfigProperty(name = "rcm.statements.cycle", defaultValue = "off") String schedule) {
        this.scheduler = scheduler;
        this.tenants = tenants;
        this.runs = runs;
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
                .setTask(execution -> runForEveryTenant());
        if (kind == Kind.CRON) {
            job.setCron(schedule);
        } else {
            job.setInterval(schedule);
        }
        job.schedule();
        LOG.infof("Statement cycle scheduled: %s", schedule);
    }

    /** A cycle under way when the service stops leaves the remaining tenants to the next cycle. */
    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    /** One cycle: a run for each active tenant; one tenant's failure does not keep the others from being billed. */
    public void runForEveryTenant() {
        for (TenantDirectory.Tenant tenant : tenants.list()) {
            if (stopping) {
                return;
            }
            if (!tenant.active()) {
                continue;
            }
            try {
                StatementRunResult result = runs.run(tenant.tenantId());
                LOG.infof("Statement cycle for %s: %d statement(s) issued, %d account(s) without an address",
                        tenant.tenantId(), result.statementsIssued(), result.skippedWithoutAddress());
            } catch (RuntimeException e) {
                LOG.errorf(e, "Statement cycle for %s failed; the next cycle picks up what is left",
                        tenant.tenantId());
            }
        }
    }
}
