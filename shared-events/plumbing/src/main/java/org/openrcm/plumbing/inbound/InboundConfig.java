package org.openrcm.plumbing.inbound;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How consumers retry: outages are waited out with capped back-off, contention is retried a bounded number of times. */
@ConfigMapping(prefix = "rcm.inbound")
public interface InboundConfig {

    /** Attempts at an event that keeps failing with contention (deadlock, race) before it is dead-lettered. */
    @WithDefault("8")
    int maxAttempts();

    @WithDefault("100ms")
    Duration initialBackoff();

    /** The back-off cap; an outage is retried at this interval for as long as it lasts. */
    @WithDefault("30s")
    Duration maxBackoff();
}
