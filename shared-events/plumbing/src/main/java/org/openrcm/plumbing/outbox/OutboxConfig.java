package org.openrcm.plumbing.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The outbox relay's settings. */
@ConfigMapping(prefix = "rcm.outbox")
public interface OutboxConfig {

    /** Rows selected, sent and marked per round trip; a full batch is followed at once by the next. */
    @WithDefault("500")
    int batchSize();

    /** The safety-net poll; commits wake the relay at once. */
    @WithDefault("1s")
    Duration pollInterval();

    /** How long sent rows are kept (for inspection) before the purge deletes them. */
    @WithDefault("7d")
    Duration retention();

    /** Readiness turns DOWN when publishing has failed for this long without a success. */
    @WithDefault("2m")
    Duration unhealthyAfter();

    /**
     * How long a send may wait for a topic's metadata (the relay's producer {@code max.block.ms}); bounds how long
     * a record for a missing topic can stall a batch.
     */
    @WithDefault("5s")
    Duration maxBlock();
}
