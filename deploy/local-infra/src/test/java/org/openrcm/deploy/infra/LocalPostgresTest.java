package org.openrcm.deploy.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalPostgresTest {

    @TempDir
    Path dataDir;

    @Test
    void startsAnEmbeddedServerWhenNothingListensAtTheConfiguredAddress() {
        PostgresSettings nothingThere = new PostgresSettings("127.0.0.1", KraftBroker.freePort(), "postgres", "");
        try (LocalPostgres postgres = LocalPostgres.connectOrStart(nothingThere, dataDir)) {
            assertThat(postgres.isEmbedded()).isTrue();
            assertThat(postgres.describe()).contains("embedded");
            postgres.ensureDatabase("rcm_infra_probe");
            postgres.ensureDatabase("rcm_infra_probe");
            postgres.recreateDatabase("rcm_infra_probe");
        }
    }
}
