package org.openrcm.deploy.infra;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Quarkus test resource giving a service a real Kafka broker and a fresh database of its own on a real
 * PostgreSQL. Declare it with the init arg {@code database}, e.g.
 * {@code @QuarkusTestResource(value = RcmInfrastructureTestResource.class, initArgs = @ResourceArg(name = "database",
 * value = "rcm_claims_test"))}. The database ({@code rcm_claims_test_<pid>}) is created empty once per test JVM
 * and dropped when it exits.
 */
public class RcmInfrastructureTestResource implements QuarkusTestResourceLifecycleManager {

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get("database");
        if (database == null) {
            throw new IllegalArgumentException("RcmInfrastructureTestResource needs the init arg 'database'");
        }
    }

    @Override
    public Map<String, String> start() {
        KraftBroker kafka = SharedInfrastructure.kafka();
        String freshDatabase = SharedInfrastructure.testDatabase(database);
        PostgresSettings settings = SharedInfrastructure.postgres().settings();
        return Map.of(
                "kafka.bootstrap.servers", kafka.bootstrapServers(),
                "quarkus.datasource.jdbc.url", settings.jdbcUrl(freshDatabase),
                "quarkus.datasource.username", settings.user(),
                "quarkus.datasource.password", settings.password());
    }

    @Override
    public void stop() {
        // The broker and the server outlive one application start; SharedInfrastructure stops them at JVM exit.
    }
}
