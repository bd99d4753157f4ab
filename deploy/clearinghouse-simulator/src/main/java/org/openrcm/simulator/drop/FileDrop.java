package org.openrcm.simulator.drop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The clearinghouse's side of the SFTP-like file drop under one root: it finds the mailboxes and the claim files
 * waiting in them, takes a file (to {@code processed/}) or refuses it (to {@code quarantine/} with a
 * {@code <name>.reason.txt}), and writes files so that a reader never sees half of one (a {@code .<name>.part}
 * beside the target, forced to disk, then renamed). Names starting with {@code .} are never read as files.
 */
public final class FileDrop {

    private final Path root;

    public FileDrop(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** Every {@code <tenant>/<route>} directory under the root, in name order. */
    public List<Mailbox> mailboxes() {
        List<Mailbox> mailboxes = new ArrayList<>();
        for (Path tenant : visibleDirectories(root)) {
            for (Path route : visibleDirectories(tenant)) {
                mailboxes.add(new Mailbox(tenant.getFileName().toString(), route.getFileName().toString(), route));
            }
        }
        return mailboxes;
    }

    /** The files waiting in a mailbox's {@code outbound/}, in name order (temporary {@code .} names skipped). */
    public List<Path> waitingClaimFiles(Mailbox mailbox) {
        if (!Files.isDirectory(mailbox.outbound())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(mailbox.outbound())) {
            return files.filter(Files::isRegularFile).filter(FileDrop::visible).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + mailbox.outbound(), e);
        }
    }

    /** Moves a taken file to {@code processed/} beside it; a name already there gets a numbered suffix. */
    public Path moveToProcessed(Path file) {
        return moveInto(file, file.resolveSibling(Mailbox.PROCESSED));
    }

    /** Moves a refused file to {@code quarantine/} beside it, with the reason in {@code <name>.reason.txt}. */
    public Path quarantine(Path file, String reason) {
        Path target = moveInto(file, file.resolveSibling(Mailbox.QUARANTINE));
        write(target.getParent(), target.getFileName() + ".reason.txt", (reason + "\n").getBytes(StandardCharsets.UTF_8));
        return target;
    }

    /** Writes {@code content} as {@code directory/name}, atomically: readers see all of it or nothing. */
    public static Path write(Path directory, String name, byte[] content) {
        try {
            Files.createDirectories(directory);
            Path temporary = directory.resolve("." + name + ".part");
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(content));
                channel.force(true);
            }
            return Files.move(temporary, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + directory.resolve(name), e);
        }
    }

    /**
     * Moves a complete file to {@code target} so that readers see all of it or nothing: a rename when both lie on
     * one file system, otherwise a copy written as {@link #write} writes.
     */
    public static Path publish(Path file, Path target) {
        try {
            Files.createDirectories(target.getParent());
            try {
                return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Path written = write(target.getParent(), target.getFileName().toString(), Files.readAllBytes(file));
                Files.delete(file);
                return written;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move " + file + " to " + target, e);
        }
    }

    private static Path moveInto(Path file, Path directory) {
        try {
            Files.createDirectories(directory);
            String name = file.getFileName().toString();
            Path target = directory.resolve(name);
            for (int copy = 2; Files.exists(target); copy++) {
                target = directory.resolve(name + "." + copy);
            }
            return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move " + file + " to " + directory, e);
        }
    }

    static List<Path> visibleDirectories(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<Path> directories = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory,
                entry -> Files.isDirectory(entry) && visible(entry))) {
            entries.forEach(directories::add);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + directory, e);
        }
        directories.sort(Comparator.comparing(Path::getFileName));
        return directories;
    }

    private static boolean visible(Path path) {
        return !path.getFileName().toString().startsWith(".");
    }
}
