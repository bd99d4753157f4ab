package org.openrcm.deploy.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openrcm.deploy.infra.PostgresSettings;
import org.openrcm.events.TopicSpec;
import org.openrcm.events.Topics;

/** The supervisor with no services: the broker child, PostgreSQL and the simulator child on its file drop. */
class StackSupervisorTest {

    @TempDir
    Path runDir;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

    @Test
    void startsTheInfrastructureAndStopsEveryProcessCleanly() throws Exception {
        StackPlan plan = StackPlan.throwaway(new StackLayout(home(), runDir), List.of(), "stack_test");
        List<ChildProcess> children;
        PostgresSettings postgres;
        try (StackSupervisor supervisor = new StackSupervisor(plan, out)) {
            StackEndpoints endpoints = supervisor.start();

            try (Admin admin = Admin.create(Map.of("bootstrap.servers", endpoints.kafkaBootstrapServers()))) {
                Set<String> topics = admin.listTopics().names().get(10, TimeUnit.SECONDS);
                assertThat(topics).containsAll(Topics.ALL.stream().map(TopicSpec::name).toList());
            }
            assertThat(endpoints.clearinghouseDrop()).isEqualTo(runDir.resolve("artifacts/clearinghouse"));
            Path outbound = Files.createDirectories(endpoints.clearinghouseDrop().resolve("t1/default/outbound"));
            Files.writeString(outbound.resolve("837P-t1-000000001-20261120101500.x12"), "not X12 at all");
            Path reason = outbound.resolve("quarantine/837P-t1-000000001-20261120101500.x12.reason.txt");
            awaitFile(reason);
            assertThat(Files.readString(reason)).isNotBlank();
            assertThat(endpoints.postgres()).startsWith("PostgreSQL");
            assertThat(endpoints.services()).isEmpty();

            children = supervisor.children();
            assertThat(children).extracting(ChildProcess::name)
                    .containsExactly("kafka-broker", "clearinghouse-simulator");
            assertThat(children).allSatisfy(child -> {
                assertThat(child.isAlive()).isTrue();
                assertThat(child.residentBytes()).isPresent();
                assertThat(child.log()).startsWith(runDir.resolve("logs"));
            });
            supervisor.checkRunning();

            postgres = supervisor.postgresSettings();
            for (ServiceSpec service : ServiceSpec.ALL) {
                try (Connection connection = connect(postgres, plan.database(service))) {
                    assertThat(connection.isValid(2)).as(plan.database(service)).isTrue();
                }
            }
        }

        assertThat(children).noneMatch(ChildProcess::isAlive);
        assertThat(Files.readString(runDir.resolve("logs/kafka-broker.log")))
                .as("the broker shut down by itself").contains("Kafka broker stopped");
        assertThat(output.toString(StandardCharsets.UTF_8))
                .contains("kafka-broker", "stopped")
                .doesNotContain("killed", "could not drop");
        assertThatExceptionOfType(SQLException.class).as("a throwaway stack's database is gone")
                .isThrownBy(() -> connect(postgres, plan.database(ServiceSpec.CODING)).close());
    }

    @Test
    void bringsAKilledBrokerBackOnItsPortAndLetsAFrozenOneGoOn() throws Exception {
        StackPlan plan = StackPlan.throwaway(new StackLayout(home(), runDir), List.of(), "stack_fault_test");
        try (StackSupervisor supervisor = new StackSupervisor(plan, out)) {
            String bootstrap = supervisor.start().kafkaBootstrapServers();
            String broker = supervisor.brokerName();

            supervisor.kill(broker);
            assertThatIllegalStateException().as("a killed child is found dead").isThrownBy(supervisor::checkRunning);
            supervisor.restart(broker);
            supervisor.checkRunning();
            assertThat(topicNames(bootstrap)).as("the same address, the same log")
                    .containsAll(Topics.ALL.stream().map(TopicSpec::name).toList());

            supervisor.freeze(broker);
            try {
                assertThatExceptionOfType(Exception.class).as("a frozen broker answers nothing")
                        .isThrownBy(() -> topicNames(bootstrap));
            } finally {
                supervisor.thaw(broker);
            }
            assertThat(topicNames(bootstrap)).isNotEmpty();
        }
        assertThat(output.toString(StandardCharsets.UTF_8)).as("a fault the suite injected is not news")
                .doesNotContain("exited unexpectedly");
    }

    private static Set<String> topicNames(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap, "default.api.timeout.ms", 3000,
                "request.timeout.ms", 2000))) {
            return admin.listTopics().names().get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void startsNothingWhenAServiceIsNotBuilt() {
        Path emptyHome = runDir.resolve("no-services-here");
        StackPlan plan = StackPlan.throwaway(new StackLayout(emptyHome, runDir), List.of(ServiceSpec.CODING),
                "stack_test");
        StackSupervisor supervisor = new StackSupervisor(plan, out);

        assertThatIllegalStateException().isThrownBy(supervisor::start)
                .withMessageContaining("coding-service is not built");

        assertThat(supervisor.children()).isEmpty();
    }

    private static void awaitFile(Path file) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!Files.exists(file)) {
            assertThat(System.nanoTime()).as("%s within 15 s", file).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static Connection connect(PostgresSettings postgres, String database) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(database), postgres.user(), postgres.password());
    }

    private static Path home() {
        return Path.of(System.getProperty(StackLayout.HOME_PROPERTY));
    }
}
