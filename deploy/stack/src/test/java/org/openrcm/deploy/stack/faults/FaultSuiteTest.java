package org.openrcm.deploy.stack.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openrcm.deploy.stack.ServiceSpec;
import org.openrcm.deploy.stack.StackLayout;
import org.openrcm.deploy.stack.StackPlan;
import org.openrcm.deploy.stack.StackSupervisor;

/**
 * {@code deploy/rcm faults} as a test, in the Maven profile {@code faults} only (README): the claims through the
 * packaged services while every kind of fault is injected, then every check must hold.
 */
@EnabledIfSystemProperty(named = "rcm.faults", matches = "true")
class FaultSuiteTest {

    @Test
    void losesAndDoublesNothingWhateverFails() {
        Path home = Path.of(System.getProperty(StackLayout.HOME_PROPERTY));
        FaultOptions options = FaultOptions.parse(List.of())
                .withClaims(Integer.getInteger("rcm.faults.claims", FaultOptions.DEFAULT_CLAIMS));
        StackPlan plan = StackPlan.throwaway(new StackLayout(home, home.resolve("deploy/stack/target/faults-run")),
                ServiceSpec.ALL, "faults").withReplicas(options.replicas()).withDatabaseProxies();
        try (StackSupervisor supervisor = new StackSupervisor(plan, System.out)) {
            supervisor.start();

            assertThat(new FaultsRun(supervisor, options, System.out).run()).as("every check held").isTrue();
        }
    }
}
