package org.openrcm.claims.config;

import java.nio.file.Path;
import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The clearinghouse mailboxes (SFTP-like file drop): {@code <root>/<tenantId>/<route>/outbound|inbound}, see
 * CONVENTIONS.
 */
@ConfigMapping(prefix = "rcm.clearinghouse.drop")
public interface ClearinghouseConfig {

    /** The drop root; the local stack sets it to deploy/.run/artifacts/clearinghouse. */
    Path root();

    /** How often inbound mailboxes are looked at for acknowledgments. */
    @WithDefault("2s")
    Duration pollInterval();
}
