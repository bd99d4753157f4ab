package org.openrcm.simulator;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.openrcm.simulator.adjudication.RemittancePlanner;
import org.openrcm.simulator.drop.FileDrop;

/**
 * The clearinghouse and its payers behind the file drop: one thread polls the drop, answers each 837P with a 999
 * and 277CAs after the ack delay, and pays the accepted claims with 835s after the remit delay (twice: see
 * {@link RemittancePlanner}).
 */
public final class ClearinghouseSimulator implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ClearinghouseSimulator.class.getName());

    private final FileDrop drop;
    private final DropProcessor processor;
    private final ScheduledExecutorService poller;

    private ClearinghouseSimulator(SimulatorOptions options, Clock clock) {
        drop = new FileDrop(options.dropRoot());
        processor = DropProcessor.of(options, clock);
        // Not a daemon: the poller is what keeps the simulator's process alive until it is stopped.
        poller = Executors.newSingleThreadScheduledExecutor(runnable -> new Thread(runnable, "drop-poller"));
        poller.scheduleWithFixedDelay(this::pollQuietly, 0, options.pollInterval().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    public static ClearinghouseSimulator start(SimulatorOptions options) {
        return start(options, Clock.systemDefaultZone());
    }

    public static ClearinghouseSimulator start(SimulatorOptions options, Clock clock) {
        return new ClearinghouseSimulator(options, clock);
    }

    public Path dropRoot() {
        return drop.root();
    }

    private void pollQuietly() {
        try {
            processor.poll();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Polling the file drop failed; trying again at the next poll", e);
        }
    }

    /** Stops polling, letting a pass in progress finish. */
    @Override
    public void close() {
        poller.shutdown();
        try {
            if (!poller.awaitTermination(10, TimeUnit.SECONDS)) {
                poller.shutdownNow();
            }
        } catch (InterruptedException e) {
            poller.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
