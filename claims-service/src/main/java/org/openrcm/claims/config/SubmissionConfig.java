package org.openrcm.claims.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How READY claims are batched and sent to the clearinghouse. */
@ConfigMapping(prefix = "rcm.submission")
public interface SubmissionConfig {

    /** Claims per batch (one interchange file); a full batch goes out at once. */
    @WithDefault("200")
    int batchSize();

    /** How long the oldest READY claim of a mailbox waits for its batch to fill before it goes out anyway. */
    @WithDefault("1s")
    Duration maxWait();

    /** How often the worker looks for claims to send and batches to re-send. */
    @WithDefault("1s")
    Duration interval();

    /** How long a batch being sent is left to its sender before another instance sends it again. */
    @WithDefault("2m")
    Duration lease();

    @WithDefault("5s")
    Duration initialBackoff();

    @WithDefault("5m")
    Duration maxBackoff();

    /** Failed attempts after which a batch is given up: its claims become FAILED for a biller. */
    @WithDefault("8")
    int maxAttempts();
}
