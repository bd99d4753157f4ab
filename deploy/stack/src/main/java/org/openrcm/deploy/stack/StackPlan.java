package org.openrcm.deploy.stack;

import java.util.List;

/**
 * What a stack start does.
 *
 * @param services       the services to run (the broker, PostgreSQL and the simulator always run)
 * @param databaseSuffix appended to each service's database name, so that a test's stack never shares a
 *                       database (and thereby an outbox) with a developer's running stack or another build's
 * @param throwaway      a test's stack: it starts from an empty broker log and empty databases, and drops its
 *                       databases when it stops, instead of keeping its data for the next run
 */
public record StackPlan(StackLayout layout, List<ServiceSpec> services, String databaseSuffix, boolean throwaway) {

    public StackPlan {
        services = List.copyOf(services);
    }

    /** What {@code deploy/rcm} runs: every service, on the data of earlier runs. */
    public static StackPlan standard(StackLayout layout) {
        return new StackPlan(layout, ServiceSpec.ALL, "", false);
    }

    /** A throwaway stack of these services whose databases are named for this JVM, as concurrent builds need. */
    public static StackPlan throwaway(StackLayout layout, List<ServiceSpec> services, String databaseTag) {
        return new StackPlan(layout, services, "_" + databaseTag + "_" + ProcessHandle.current().pid(), true);
    }

    public String database(ServiceSpec service) {
        return service.database() + databaseSuffix;
    }
}
