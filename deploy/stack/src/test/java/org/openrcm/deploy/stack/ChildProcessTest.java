package org.openrcm.deploy.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildProcessTest {

    private static final Pattern READY = Pattern.compile("READY port=(\\d+)");

    @TempDir
    Path logs;

    @Test
    void readsWhatTheReadyLineAnnounces() {
        ChildProcess child = shell("echo starting; sleep 0.3; echo 'READY port=4711'; exec sleep 30");
        try {
            assertThat(child.awaitLogLine(READY, Duration.ofSeconds(10)).group(1)).isEqualTo("4711");
        } finally {
            child.requestStop();
            assertThat(child.awaitStop(Duration.ofSeconds(5))).isTrue();
        }
    }

    @Test
    void failsWithTheEndOfItsLogWhenTheChildExitsBeforeItIsReady() {
        ChildProcess child = shell("echo 'cannot bind the port'; exit 3");

        assertThatIllegalStateException().isThrownBy(() -> child.awaitLogLine(READY, Duration.ofSeconds(10)))
                .withMessageContaining("exited with code 3")
                .withMessageContaining("cannot bind the port");
    }

    @Test
    void failsWhenTheChildIsNotReadyInTime() {
        ChildProcess child = shell("echo still booting; exec sleep 30");
        try {
            assertThatIllegalStateException().isThrownBy(() -> child.awaitLogLine(READY, Duration.ofMillis(500)))
                    .withMessageContaining("not ready within")
                    .withMessageContaining("still booting");
        } finally {
            child.requestStop();
            child.awaitStop(Duration.ofSeconds(5));
        }
    }

    @Test
    void killsAChildThatIgnoresSigtermAfterTheGracePeriod() {
        ChildProcess child = shell("trap '' TERM; echo 'READY port=1'; while true; do sleep 0.1; done");
        child.awaitLogLine(READY, Duration.ofSeconds(10));

        child.requestStop();

        assertThat(child.awaitStop(Duration.ofMillis(500))).isFalse();
        assertThat(child.isAlive()).isFalse();
    }

    private ChildProcess shell(String script) {
        return ChildProcess.start("test-child", List.of("bash", "-c", script), Map.of(), logs.resolve("child.log"));
    }
}
