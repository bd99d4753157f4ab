package org.openrcm.deploy.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the demo reads from the file drop: the files of its practices by kind, and whether any still waits. */
class ExchangedFilesTest {

    @TempDir
    Path drop;

    @Test
    void countsThePracticesFilesByKindWhereverTheyAreAndSkipsTemporaryOnes() throws IOException {
        file("t1/default/outbound/processed/837P-t1-000000001-20261204000000.x12");
        file("t1/default/inbound/processed/999-t1-000000001-20261204000001.x12");
        file("t1/default/inbound/processed/277CA-t1-000000002-20261204000001.x12");
        file("t1/default/remittance/835-t1-000000003-20261204000002.x12");
        file("t1/default/remittance/.835-t1-000000004-20261204000002.x12.part");
        file("t1/default/outbound/quarantine/837P-t1-000000009-20261204000000.x12");
        file("t1/default/outbound/quarantine/837P-t1-000000009-20261204000000.x12.reason.txt");
        file("other/default/outbound/processed/837P-other-000000001-20261204000000.x12");

        ExchangedFiles files = ExchangedFiles.count(drop, List.of("t1"));

        assertThat(files.byKind()).isEqualTo(Map.of("837P", 2, "999", 1, "277CA", 1, "835", 1));
        assertThat(files.quarantined()).isEqualTo(1);
    }

    @Test
    void seesAFileWaitingInAMailboxOrAnAnswerTheSimulatorStillOwes() throws IOException {
        file("t1/default/outbound/processed/837P-t1-000000001-20261204000000.x12");
        assertThat(CycleWatcher.waitingFile(drop, List.of("t1"))).isEmpty();

        file(".simulator/pending/abc/1764806400000.00001/t1/default/remittance/835-t1-000000003-20261204000002.x12");
        assertThat(CycleWatcher.waitingFile(drop, List.of("t1"))).hasValueSatisfying(
                waiting -> assertThat(waiting).contains("t1"));
        assertThat(CycleWatcher.waitingFile(drop, List.of("t2"))).isEmpty();

        Files.delete(drop.resolve(".simulator/pending/abc/1764806400000.00001/t1/default/remittance/"
                + "835-t1-000000003-20261204000002.x12"));
        Files.delete(drop.resolve(".simulator/pending/abc/1764806400000.00001/t1/default/remittance"));
        Files.delete(drop.resolve(".simulator/pending/abc/1764806400000.00001/t1/default"));
        Files.delete(drop.resolve(".simulator/pending/abc/1764806400000.00001/t1"));
        file("t1/default/inbound/999-t1-000000001-20261204000001.x12");
        assertThat(CycleWatcher.waitingFile(drop, List.of("t1")))
                .hasValue(Path.of("t1/default/inbound/999-t1-000000001-20261204000001.x12").toString());
    }

    private void file(String path) throws IOException {
        Path file = drop.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "ISA");
    }
}
