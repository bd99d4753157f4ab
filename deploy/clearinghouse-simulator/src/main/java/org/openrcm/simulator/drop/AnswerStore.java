package org.openrcm.simulator.drop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The answers the simulator owes, kept on disk until they are due, so that a restart neither loses nor repeats them.
 * All the answers to one claim file are written under {@code pending/.<sha256>.part/} and committed by renaming
 * that directory to {@code pending/<sha256>/}; the same rename records that the file was answered, so a file with
 * the same content is never answered twice. An answer waits as
 * {@code pending/<sha256>/<due epoch millis>.<sequence>/<tenant>/<route>/<inbound|remittance>/<file name>} and is
 * moved into that mailbox directory once due, answers due at the same time in the order they were added (a 999
 * before the 277CAs it precedes).
 */
public final class AnswerStore {

    private static final System.Logger LOG = System.getLogger(AnswerStore.class.getName());

    private final Path pending;
    private final FileDrop drop;
    private final Clock clock;

    public AnswerStore(Path stateDir, FileDrop drop, Clock clock) {
        this.pending = stateDir.toAbsolutePath().normalize().resolve("pending");
        this.drop = drop;
        this.clock = clock;
        recover();
    }

    /** Whether a claim file with this content hash was answered already. */
    public boolean answered(String sha256) {
        return Files.isDirectory(pending.resolve(sha256));
    }

    /** Starts collecting the answers to one claim file; nothing is visible until {@link Batch#commit()}. */
    public Batch begin(String sha256) {
        Path temporary = pending.resolve("." + sha256 + ".part");
        deleteRecursively(temporary);
        return new Batch(sha256, temporary);
    }

    /** The answers of one claim file, committed together. */
    public final class Batch {

        private final String sha256;
        private final Path directory;
        private int added;

        private Batch(String sha256, Path directory) {
            this.sha256 = sha256;
            this.directory = directory;
        }

        /** @param mailboxDirectory {@link Mailbox#INBOUND} or {@link Mailbox#REMITTANCE} */
        public void add(Instant due, Mailbox mailbox, String mailboxDirectory, String fileName, byte[] content) {
            String slot = due.toEpochMilli() + "." + String.format("%05d", added++);
            FileDrop.write(directory.resolve(slot).resolve(mailbox.tenantId())
                    .resolve(mailbox.route()).resolve(mailboxDirectory), fileName, content);
        }

        public void commit() {
            try {
                Files.createDirectories(directory);
                Files.move(directory, pending.resolve(sha256), StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot commit the answers in " + directory, e);
            }
        }
    }

    /** Moves every answer that is due into its mailbox, the earliest first. @return how many were moved */
    public int releaseDue() {
        long now = clock.millis();
        List<Path> dueDirectories = new ArrayList<>();
        for (Path answered : FileDrop.visibleDirectories(pending)) {
            for (Path due : FileDrop.visibleDirectories(answered)) {
                if (dueMillis(due) <= now) {
                    dueDirectories.add(due);
                }
            }
        }
        dueDirectories.sort(Comparator.comparingLong(AnswerStore::dueMillis)
                .thenComparing(due -> due.getFileName().toString()));
        int released = 0;
        for (Path due : dueDirectories) {
            for (Path file : filesUnder(due)) {
                Path relative = due.relativize(file);
                FileDrop.publish(file, drop.root().resolve(relative));
                LOG.log(System.Logger.Level.INFO, "Delivered {0}", relative);
                released++;
            }
            deleteRecursively(due);
        }
        return released;
    }

    /** A batch interrupted before its commit (a crash, a kill) is dropped; its claim file is answered again. */
    private void recover() {
        if (!Files.isDirectory(pending)) {
            return;
        }
        try (Stream<Path> entries = Files.list(pending)) {
            entries.filter(entry -> entry.getFileName().toString().endsWith(".part"))
                    .forEach(AnswerStore::deleteRecursively);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + pending, e);
        }
    }

    private static long dueMillis(Path dueDirectory) {
        try {
            String name = dueDirectory.getFileName().toString();
            return Long.parseLong(name.substring(0, name.indexOf('.') < 0 ? name.length() : name.indexOf('.')));
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE; // not ours: never released
        }
    }

    private static List<Path> filesUnder(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.filter(Files::isRegularFile)
                    .filter(path -> !path.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + directory, e);
        }
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + directory, e);
        }
    }
}
