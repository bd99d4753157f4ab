package org.openrcm.coding.codeset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Opt-in ({@code -Drcm.bench=true}): imports a generated order file the size of the full ICD-10-CM (74,000 codes)
 * through the admin import path and prints the seconds it took. A figure, not an assertion on time.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "rcm.bench", matches = "true")
class IcdImportBenchmarkTest {

    private static final int CODES = 74_000;
    private static final String[] WORDS = {"acute", "chronic", "unspecified", "left", "right", "bilateral",
        "with", "without", "complication", "initial", "encounter", "fracture", "disorder", "of", "the", "lower",
        "upper", "limb", "infection", "due", "to", "other", "specified", "organism", "type", "stage"};

    @Inject
    CodeSetImportService importer;

    @Test
    void importsAFullSizeOrderFile() {
        byte[] file = orderFile();
        long started = System.nanoTime();
        CodeSetRelease release = importer.importRelease(CodeSetKind.ICD10CM, null, "bench-" + UUID.randomUUID(),
                LocalDate.of(1999, 10, 1), new ByteArrayInputStream(file));
        double seconds = (System.nanoTime() - started) / 1e9;

        assertThat(release.rowCount()).isEqualTo(CODES);
        System.out.printf("ICD-10-CM import: %d codes (%.1f MB) in %.2f s (%.0f codes/s); load average %.2f%n",
                CODES, file.length / 1e6, seconds, CODES / seconds,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** Unique codes of 3 to 7 characters with descriptions as long as the real ones. */
    private static byte[] orderFile() {
        Random random = new Random(74_000);
        StringBuilder text = new StringBuilder(CODES * 160);
        for (int i = 0; i < CODES; i++) {
            char letter = (char) ('A' + i / 10_000);
            int rest = i % 10_000;
            String code = String.format("%c%02d%02d", letter, rest / 100, rest % 100) + (i % 3 == 0 ? "XA" : "");
            StringBuilder description = new StringBuilder();
            for (int w = 0; w < 6 + random.nextInt(10); w++) {
                description.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
            }
            String longText = description.toString();
            String shortText = longText.length() > 60 ? longText.substring(0, 60) : longText;
            text.append(String.format("%05d %-7s %s %-60s %s%n", i + 1, code, i % 5 == 0 ? "0" : "1", shortText,
                    longText));
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
