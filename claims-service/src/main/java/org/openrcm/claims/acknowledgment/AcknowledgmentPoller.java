package org.openrcm.claims.acknowledgment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.openrcm.claims.clearinghouse.Mailboxes;
import org.openrcm.claims.config.ClearinghouseConfig;
import org.openrcm.plumbing.tenancy.TenantDirectory;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Takes 999 and 277CA files from every tenant's inbound mailboxes, each once: the file is applied (its hash recorded
 * in the same transaction), then moved to {@code processed/}; a file seen before is moved there too, changing
 * nothing. A file that is not a 999/277CA at all goes to {@code quarantine/} with {@code <name>.reason.txt}. A file
 * that fails for another reason (the database away) stays for the next poll, and is quarantined after a few tries.
 * Nothing stops the poller.
 */
@ApplicationScoped
public class AcknowledgmentPoller {

    private static final Logger LOG = Logger.getLogger(AcknowledgmentPoller.class);
    /** Tries before a file that keeps failing is quarantined rather than tried forever. */
    static final int MAX_TRIES = 3;

    private final AcknowledgmentFileService files;
    private final Mailboxes mailboxes;
    private final TenantDirectory tenants;
    private final ClearinghouseConfig config;
    private final Map<Path, Integer> failures = new ConcurrentHashMap<>();
    private ScheduledExecutorService executor;

    AcknowledgmentPoller(AcknowledgmentFileService files, Mailboxes mailboxes, TenantDirectory tenants,
            ClearinghouseConfig config) {
        this.files = files;
        this.mailboxes = mailboxes;
        this.tenants = tenants;
        this.config = config;
    }

    void start(@Observes StartupEvent startup) {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "acknowledgment-poller");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::poll, config.pollInterval().toMillis(),
                config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One pass over every inbound mailbox. */
    void poll() {
        try {
            for (Path tenantDir : children(mailboxes.root())) {
                String tenantId = tenantDir.getFileName().toString();
                if (!TenantDirectory.TENANT_ID.matcher(tenantId).matches() || !tenants.isActive(tenantId)) {
                    continue;
                }
                for (Path routeDir : children(tenantDir)) {
                    Path inbound = routeDir.resolve(Mailboxes.INBOUND);
                    if (Files.isDirectory(inbound)) {
                        for (Path file : waiting(inbound)) {
                            take(tenantId, routeDir.getFileName().toString(), file);
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warnf(e, "Acknowledgment poll failed; next poll in %s", config.pollInterval());
        }
    }

    private void take(String tenantId, String route, Path file) {
        String name = file.getFileName().toString();
        try {
            byte[] content = Files.readAllBytes(file);
            AcknowledgmentFileService.FileOutcome outcome = files.apply(new InboundFile(tenantId, route, name,
                    sha256(content), content));
            Mailboxes.moveInto(file, Mailboxes.PROCESSED);
            failures.remove(file);
            LOG.infof("%s %s of tenant %s: %s", outcome.kind(), name, tenantId, outcome.duplicate()
                    ? "taken before, changed nothing" : outcome.applied() + " claim(s) changed, " + outcome.duplicates()
                            + " already known, " + outcome.exceptions() + " exception(s) listed");
        } catch (NoSuchFileException e) {
            // Another instance took the file first (the hash settles which one applied it).
            failures.remove(file);
        } catch (UnreadableFileException e) {
            quarantine(file, e.getMessage());
        } catch (IOException | RuntimeException e) {
            int tries = failures.merge(file, 1, Integer::sum);
            if (tries >= MAX_TRIES) {
                failures.remove(file);
                quarantine(file, "Could not be applied after " + tries + " tries: " + e);
            } else {
                LOG.warnf(e, "Acknowledgment %s of tenant %s not applied (try %d); trying again", name, tenantId,
                        tries);
            }
        }
    }

    private static void quarantine(Path file, String reason) {
        try {
            Path moved = Mailboxes.moveInto(file, Mailboxes.QUARANTINE);
            Mailboxes.writeAtomically(moved.getParent(), moved.getFileName() + ".reason.txt",
                    (reason + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
            LOG.warnf("Acknowledgment %s quarantined: %s", file.getFileName(), reason);
        } catch (IOException e) {
            LOG.errorf(e, "Cannot quarantine %s", file);
        }
    }

    /** Files ready to take: not hidden (a writer's .part), oldest name first. */
    private static List<Path> waiting(Path inbound) throws IOException {
        List<Path> waiting = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(inbound)) {
            for (Path entry : entries) {
                if (Files.isRegularFile(entry) && !entry.getFileName().toString().startsWith(".")) {
                    waiting.add(entry);
                }
            }
        }
        waiting.sort(null);
        return waiting;
    }

    private static List<Path> children(Path dir) throws IOException {
        List<Path> children = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return children;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, Files::isDirectory)) {
            entries.forEach(children::add);
        }
        return children;
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
