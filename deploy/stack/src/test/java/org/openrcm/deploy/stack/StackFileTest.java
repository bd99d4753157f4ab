package org.openrcm.deploy.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackFileTest {

    @TempDir
    Path runDir;

    @Test
    void roundTripsTheStatus() {
        StackFile file = new StackFile(runDir.resolve("stack.json"));
        StackStatus status = status(4242);

        file.write(status);

        assertThat(file.read()).hasValue(status);
    }

    @Test
    void treatsAFileWhoseSupervisorIsGoneAsStaleAndDeletesIt() throws Exception {
        Process exited = new ProcessBuilder("true").start();
        exited.waitFor();
        StackFile file = new StackFile(runDir.resolve("stack.json"));
        file.write(status(exited.pid()));

        assertThat(file.runningSupervisor()).isEmpty();
        assertThat(Files.exists(file.path())).isFalse();
        assertThatCode(file::refuseIfRunning).doesNotThrowAnyException();
        assertThat(file.stopRunning(Duration.ofSeconds(1))).isFalse();
    }

    @Test
    void neverTakesAnUnrelatedProcessWithTheSamePidForTheSupervisor() {
        StackFile file = new StackFile(runDir.resolve("stack.json"));
        file.write(status(ProcessHandle.current().pid())); // this test JVM is alive but no stack supervisor

        assertThat(file.runningSupervisor()).isEmpty();
    }

    @Test
    void deletesTheFileOnlyForTheProcessThatWroteIt() {
        StackFile file = new StackFile(runDir.resolve("stack.json"));
        file.write(status(4242));

        file.deleteIfWrittenBy(4343);
        assertThat(Files.exists(file.path())).isTrue();
        file.deleteIfWrittenBy(4242);
        assertThat(Files.exists(file.path())).isFalse();
    }

    private StackStatus status(long pid) {
        StackEndpoints endpoints = new StackEndpoints("127.0.0.1:9092", "PostgreSQL 15 at localhost:5432",
                runDir.resolve("artifacts/clearinghouse"), Map.of("coding-service", URI.create("http://127.0.0.1:9002")));
        return new StackStatus(pid, Instant.parse("2026-11-27T10:00:00Z"), runDir.resolve("logs").toString(),
                endpoints, Map.of("kafka-broker", 100L));
    }
}
