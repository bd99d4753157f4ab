package org.openrcm.plumbing.inbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How long the inbox remembers processed events. A redelivery older than the retention would be processed again,
 * so it must exceed the longest time a record can wait for redelivery (topic retention, a replay from the DLQ).
 */
@ConfigMapping(prefix = "rcm.inbox")
public interface InboxConfig {

    @WithDefault("P14D")
    Duration retention();

    /** How often the purge runs. */
    @WithDefault("1h")
    Duration purgeInterval();

    /** Rows deleted per statement, so a purge never holds long locks or a huge transaction. */
    @WithDefault("5000")
    int purgeBatchSize();
}
