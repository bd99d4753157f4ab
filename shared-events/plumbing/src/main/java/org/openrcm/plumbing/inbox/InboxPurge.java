package org.openrcm.plumbing.inbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/** Deletes inbox rows older than {@code rcm.inbox.retention} (by the database clock), in bounded batches, on a schedule. */
@ApplicationScoped
public class InboxPurge {

    private static final Logger LOG = Logger.getLogger(InboxPurge.class);

    private static final String PURGE = "DELETE FROM inbox WHERE ctid = ANY (ARRAY("
            + "SELECT ctid FROM inbox WHERE processed_at < now() - make_interval(secs => ?) LIMIT ?))";

    private final AgroalDataSource dataSource;
    private final InboxConfig config;
    private ScheduledExecutorService executor;

    InboxPurge(AgroalDataSource dataSource, InboxConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    void start(@Observes StartupEvent startup) {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "inbox-purge");
            thread.setDaemon(true);
            return thread;
        });
        long interval = config.purgeInterval().toMillis();
        executor.scheduleWithFixedDelay(this::purgeQuietly, interval, interval, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        executor.shutdownNow();
    }

    /** Deletes every row past the retention, one bounded statement at a time; returns how many. */
    public long purge() {
        long total = 0;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement purge = connection.prepareStatement(PURGE)) {
            int deleted;
            do {
                purge.setLong(1, config.retention().toSeconds());
                purge.setInt(2, config.purgeBatchSize());
                deleted = purge.executeUpdate();
                total += deleted;
            } while (deleted == config.purgeBatchSize() && !Thread.currentThread().isInterrupted());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not purge the inbox", e);
        }
        return total;
    }

    private void purgeQuietly() {
        try {
            LOG.debugf("Purged %d inbox rows older than %s", purge(), config.retention());
        } catch (RuntimeException e) {
            LOG.warn("Could not purge the inbox; will try again", e);
        }
    }
}
