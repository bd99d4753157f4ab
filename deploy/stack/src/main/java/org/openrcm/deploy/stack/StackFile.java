package org.openrcm.deploy.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.openrcm.events.EventJson;

/**
 * {@code stack.json}: written by a supervisor that stays up, read by {@code down} to stop it. A file whose
 * supervisor is gone (killed, machine restarted) is stale and ignored.
 */
public final class StackFile {

    private final Path path;

    public StackFile(Path path) {
        this.path = path;
    }

    public Path path() {
        return path;
    }

    public void write(StackStatus status) {
        try {
            Files.createDirectories(path.getParent());
            Path partial = path.resolveSibling(path.getFileName() + ".partial");
            Files.write(partial, EventJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(status));
            Files.move(partial, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + path, e);
        }
    }

    public Optional<StackStatus> read() {
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        try {
            return Optional.of(EventJson.mapper().readValue(path.toFile(), StackStatus.class));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path + "; delete it if no stack is running", e);
        }
    }

    /** The supervisor that wrote the file, if it is still running; a stale file is deleted. */
    public Optional<ProcessHandle> runningSupervisor() {
        Optional<ProcessHandle> supervisor = read()
                .flatMap(status -> ProcessHandle.of(status.pid()))
                .filter(ProcessHandle::isAlive)
                .filter(StackFile::isStackSupervisor);
        if (supervisor.isEmpty()) {
            deleteIfPresent();
        }
        return supervisor;
    }

    /** @throws IllegalStateException when a supervisor is running on the same run directory */
    public void refuseIfRunning() {
        runningSupervisor().ifPresent(supervisor -> {
            throw new IllegalStateException("A stack is already running (supervisor pid " + supervisor.pid()
                    + ", see " + path + "); stop it first with deploy/rcm down");
        });
    }

    /**
     * Stops the running supervisor the way Ctrl-C would, and waits for it to have stopped everything.
     *
     * @return false when no supervisor was running
     */
    public boolean stopRunning(Duration grace) {
        Optional<ProcessHandle> running = runningSupervisor();
        if (running.isEmpty()) {
            return false;
        }
        ProcessHandle supervisor = running.get();
        supervisor.destroy();
        try {
            supervisor.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            supervisor.destroyForcibly();
            throw new IllegalStateException("The supervisor (pid " + supervisor.pid() + ") did not stop within "
                    + grace.toSeconds() + " s and was killed; its children may still run", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not wait for the supervisor", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the supervisor", e);
        }
        deleteIfPresent();
        return true;
    }

    /** Deletes the file when this process wrote it. */
    public void deleteIfWrittenBy(long pid) {
        try {
            if (read().map(status -> status.pid() == pid).orElse(false)) {
                deleteIfPresent();
            }
        } catch (UncheckedIOException unreadable) {
            // not ours to judge; down deals with it
        }
    }

    private void deleteIfPresent() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + path, e);
        }
    }

    /** Guards against a pid reused by an unrelated process since the file was written. */
    private static boolean isStackSupervisor(ProcessHandle process) {
        return process.info().commandLine()
                .map(command -> command.contains("rcm-stack") || command.contains(RcmCommand.class.getName()))
                .orElse(false);
    }
}
