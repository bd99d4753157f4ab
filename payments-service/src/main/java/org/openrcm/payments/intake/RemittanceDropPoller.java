package org.openrcm.payments.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.openrcm.payments.remittance.RemittanceSource;
import org.openrcm.plumbing.tenancy.TenantDirectory;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Picks up 835 files the clearinghouse drops in {@code <root>/<tenantId>/<route>/remittance/}: each file is taken
 * in once (its SHA-256 is recorded in the transaction that applies it) and then moved to {@code processed/}, the
 * audit copy. A file that is not a readable 835 goes to {@code quarantine/} with {@code <name>.reason.txt} beside it.
 * Files being written (names starting with {@code .}) are left alone. A file whose intake fails is tried again on
 * the next polls and quarantined with the failure after {@link DropConfig#attempts()}; nothing stops the poller.
 */
@ApplicationScoped
public class RemittanceDropPoller {

    private static final Logger LOG = Logger.getLogger(RemittanceDropPoller.class);
    static final String REMITTANCE = "remittance";
    static final String PROCESSED = "processed";
    static final String QUARANTINE = "quarantine";

    private final DropConfig config;
    private final TenantDirectory tenants;
    private final RemittanceFileIntakeService intake;
    private final Map<Path, Integer> failures = new HashMap<>();
    private ScheduledExecutorService executor;

    RemittanceDropPoller(DropConfig config, TenantDirectory tenants, RemittanceFileIntakeService intake) {
        this.config = config;
        this.tenants = tenants;
        this.intake = intake;
    }

    void start(@Observes StartupEvent startup) {
        if (config.root().isEmpty()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "remittance-drop-poller");
            thread.setDaemon(true);
            return thread;
        });
        long every = config.pollInterval().toMillis();
        executor.scheduleWithFixedDelay(this::pollSafely, every, every, TimeUnit.MILLISECONDS);
        LOG.infof("Polling the remittance drop under %s every %s", config.root().get(), config.pollInterval());
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException | IOException e) {
            LOG.errorf(e, "Polling the remittance drop failed; trying again at the next poll");
        }
    }

    /** One pass over every active tenant's remittance directories; returns how many files were moved on. */
    public synchronized int poll() throws IOException {
        Path root = config.root().orElseThrow();
        if (!Files.isDirectory(root)) {
            return 0;
        }
        int moved = 0;
        for (Path tenantDirectory : list(root)) {
            String tenantId = tenantDirectory.getFileName().toString();
            if (!Files.isDirectory(tenantDirectory) || !TenantDirectory.TENANT_ID.matcher(tenantId).matches()
                    || !tenants.isActive(tenantId)) {
                continue;
            }
            for (Path route : list(tenantDirectory)) {
                Path inbox = route.resolve(REMITTANCE);
                if (Files.isDirectory(inbox)) {
                    for (Path file : list(inbox)) {
                        if (Files.isRegularFile(file) && !file.getFileName().toString().startsWith(".")) {
                            moved += take(tenantId, inbox, file) ? 1 : 0;
                        }
                    }
                }
            }
        }
        return moved;
    }

    private boolean take(String tenantId, Path inbox, Path file) throws IOException {
        String name = file.getFileName().toString();
        RemittanceFileIntakeService.FileIntake result;
        try {
            result = intake.receive(tenantId, name, RemittanceSource.DROP, Files.readAllBytes(file));
        } catch (RuntimeException e) {
            int failed = failures.merge(file, 1, Integer::sum);
            LOG.warnf("Intake of remittance file %s of tenant %s failed (attempt %d): %s", name, tenantId, failed,
                    e.getClass().getSimpleName());
            if (failed < config.attempts()) {
                return false;
            }
            failures.remove(file);
            quarantine(inbox, file, "intake failed " + failed + " times, last with " + e.getClass().getName()
                    + ": " + e.getMessage());
            return true;
        }
        failures.remove(file);
        if (result.file().status() == RemittanceFile.Status.QUARANTINED) {
            quarantine(inbox, file, result.file().reason());
        } else {
            moveInto(inbox.resolve(PROCESSED), file);
        }
        return true;
    }

    private static void quarantine(Path inbox, Path file, String reason) throws IOException {
        Path target = moveInto(inbox.resolve(QUARANTINE), file);
        Files.writeString(target.resolveSibling(target.getFileName() + ".reason.txt"), reason + "\n",
                StandardCharsets.UTF_8);
    }

    /** Moves the file into the directory, under a new name if one of the same name is already there. */
    private static Path moveInto(Path directory, Path file) throws IOException {
        Files.createDirectories(directory);
        String name = file.getFileName().toString();
        Path target = directory.resolve(name);
        for (int copy = 1; Files.exists(target); copy++) {
            target = directory.resolve(name + "." + copy);
        }
        return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
    }

    private static List<Path> list(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.sorted().toList();
        }
    }
}
