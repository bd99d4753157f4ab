package org.openrcm.deploy.stack;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A process the stack started, writing stdout and stderr to its own log file. Knows when it is ready (a line in
 * its log, or an HTTP endpoint answering 200) and how to stop it: SIGTERM, a grace period, then SIGKILL.
 */
public final class ChildProcess {

    private static final Duration POLL = Duration.ofMillis(100);
    private static final int LOG_TAIL_LINES = 25;

    private final String name;
    private final Process process;
    private final Path log;
    /** Where this process's output starts in the log: a restarted process appends to its predecessor's. */
    private final long logStart;

    private ChildProcess(String name, Process process, Path log, long logStart) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.logStart = logStart;
    }

    /** Starts {@code command} with {@code environment} added to this process's, its output going to {@code log}. */
    public static ChildProcess start(String name, List<String> command, Map<String, String> environment, Path log) {
        return start(name, command, environment, log, false);
    }

    /**
     * @param appendToLog keep what {@code log} holds (a process started again after a crash: the crash's story stays
     *                    readable above the new start)
     */
    public static ChildProcess start(String name, List<String> command, Map<String, String> environment, Path log,
            boolean appendToLog) {
        try {
            Files.createDirectories(log.getParent());
            long logStart = appendToLog && Files.exists(log) ? Files.size(log) : 0;
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(appendToLog ? ProcessBuilder.Redirect.appendTo(log.toFile())
                            : ProcessBuilder.Redirect.to(log.toFile()));
            builder.environment().putAll(environment);
            Process process = builder.start();
            process.getOutputStream().close(); // nothing is ever typed to a child
            return new ChildProcess(name, process, log, logStart);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name + ": " + String.join(" ", command), e);
        }
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public int exitValue() {
        return process.exitValue();
    }

    /** Completes when the process has exited, for whatever reason. */
    public CompletableFuture<ChildProcess> onExit() {
        return process.onExit().thenApply(exited -> this);
    }

    public OptionalLong residentBytes() {
        return ProcessMemory.residentBytes(pid());
    }

    /**
     * Waits until the child writes a line matching {@code ready}.
     *
     * @return the match, for the values the line announces
     * @throws IllegalStateException when the child exits first or the line does not come in time
     */
    public Matcher awaitLogLine(Pattern ready, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        StringBuilder pending = new StringBuilder();
        long offset = logStart;
        while (true) {
            boolean aliveBeforeRead = process.isAlive();
            byte[] fresh = readFrom(offset);
            offset += fresh.length;
            pending.append(new String(fresh, StandardCharsets.UTF_8));
            int newline;
            while ((newline = pending.indexOf("\n")) >= 0) {
                Matcher matcher = ready.matcher(pending.substring(0, newline).strip());
                pending.delete(0, newline + 1);
                if (matcher.matches()) {
                    return matcher;
                }
            }
            if (!aliveBeforeRead) {
                throw exitedBeforeReady();
            }
            waitOrTimeOut(deadline, timeout, "its log to say " + ready.pattern());
        }
    }

    /** Waits until {@code GET url} answers 200. */
    public void awaitHttpOk(HttpClient http, URI url, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).GET().build();
        while (true) {
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // starting up: try again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + name, e);
            }
            if (!process.isAlive()) {
                throw exitedBeforeReady();
            }
            waitOrTimeOut(deadline, timeout, url + " to answer 200");
        }
    }

    /** SIGKILL, and waits for the exit: a crash, with no shutdown hook or graceful close run. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Sends a signal by name ({@code STOP} freezes the process, {@code CONT} lets it go on), as {@code kill -s} does.
     */
    public void signal(String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-s", signal, Long.toString(pid())).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -s " + signal + " " + pid() + " failed for " + name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot signal " + name, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while signalling " + name, e);
        }
    }

    /** Sends SIGTERM without waiting, so that several children can shut down at once. */
    public void requestStop() {
        process.destroy();
    }

    /**
     * Waits up to {@code grace} for the child to exit after {@link #requestStop()}, then kills it.
     *
     * @return true when it exited by itself
     */
    public boolean awaitStop(Duration grace) {
        try {
            if (process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                return true;
            }
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return false;
        }
    }

    /** The last lines of the log, for error messages. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(),
                    lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log " + log + " unreadable: " + e.getMessage() + ")";
        }
    }

    private byte[] readFrom(long offset) {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long available = file.length() - offset;
            if (available <= 0) {
                return new byte[0];
            }
            byte[] bytes = new byte[(int) Math.min(available, 1 << 20)];
            file.seek(offset);
            file.readFully(bytes);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + log, e);
        }
    }

    private IllegalStateException exitedBeforeReady() {
        return new IllegalStateException(name + " exited with code " + process.exitValue()
                + " before it was ready. The end of " + log + ":" + System.lineSeparator() + logTail());
    }

    private void waitOrTimeOut(long deadline, Duration timeout, String awaited) {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException(name + " was not ready within " + timeout.toSeconds() + " s (waited for "
                    + awaited + "). The end of " + log + ":" + System.lineSeparator() + logTail());
        }
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + name, e);
        }
    }
}
