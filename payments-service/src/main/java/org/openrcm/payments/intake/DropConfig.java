package org.openrcm.payments.intake;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The clearinghouse file drop ({@code <root>/<tenantId>/<route>/remittance/}), shared with claims-service and the
 * simulator. No root: the drop is not polled (remittances then come only through the REST API).
 */
@ConfigMapping(prefix = "rcm.clearinghouse.drop")
public interface DropConfig {

    Optional<Path> root();

    /** How often the remittance directories are looked at. */
    @WithDefault("5s")
    Duration pollInterval();

    /** How many times a file whose intake failed (e.g. the database was down) is tried before it is quarantined. */
    @WithDefault("3")
    int attempts();
}
