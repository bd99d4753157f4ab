package org.openrcm.payments.x12;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openrcm.payments.Fixtures835;
import org.openrcm.x12.cli.X12Command;

/**
 * {@code deploy/rcm x12 inspect} (the X12 module's command) on each hand-built 835 the posting tests use: what a
 * person inspecting the file sees agrees with what posting does with it (the malformed one is refused, exit 1).
 */
class Fixtures835InspectTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "835-paid.x12|0|balances",
            "835-paid-other-envelope.x12|0|balances",
            "835-paid-same-trace-other-content.x12|0|balances",
            "835-denials.x12|0|balances",
            "835-reversal-and-correction.x12|0|balances",
            "835-secondary.x12|0|balances",
            "835-split-1.x12|0|balances",
            "835-split-2.x12|0|balances",
            "835-unmatched.x12|0|balances",
            "835-plb-interest-and-recovery.x12|0|PLB",
            "835-plb-forward-balance.x12|0|PLB",
            "835-off-guide.x12|0|DEVIATION",
            "835-three-sets-one-unbalanced.x12|0|DOES NOT BALANCE",
            "835-one-set-malformed.x12|0|CLP04 is not a number",
            "835-malformed.x12|1|cannot be read: not an X12 file"})
    void inspectShowsWhatPostingFindsInTheFile(String fixture, int exitCode, String expected) throws IOException {
        Path file = dir.resolve(fixture);
        Files.write(file, Fixtures835.bytes(fixture, "INSP"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = X12Command.run(new String[] {"inspect", file.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));

        String output = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(output).isEqualTo(exitCode);
        assertThat(output).contains(fixture).contains(expected).doesNotContain("Exception");
    }
}
