package org.openrcm.deploy.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The X12 files a run's practices exchanged with the clearinghouse, counted by kind ({@code 837P}, {@code 999},
 * {@code 277CA}, {@code 835}) from their names ({@code <kind>-<tenant>-<ISA13>-<time>.x12}) wherever they are in
 * the practices' mailboxes, and those set aside in a {@code quarantine/}.
 *
 * @param byKind      files by kind
 * @param quarantined files in a quarantine directory (their reasons beside them)
 */
public record ExchangedFiles(Path drop, Map<String, Integer> byKind, int quarantined) {

    public static ExchangedFiles count(Path drop, Collection<String> tenantIds) {
        Map<String, Integer> byKind = new TreeMap<>();
        int quarantined = 0;
        for (String tenantId : tenantIds) {
            Path mailboxes = drop.resolve(tenantId);
            if (!Files.isDirectory(mailboxes)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(mailboxes)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String name = file.getFileName().toString();
                    if (name.startsWith(".") || !name.endsWith(".x12")) {
                        continue;
                    }
                    if (file.getParent().getFileName().toString().equals("quarantine")) {
                        quarantined++;
                    }
                    byKind.merge(name.substring(0, Math.max(0, name.indexOf('-'))), 1, Integer::sum);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list " + mailboxes, e);
            }
        }
        return new ExchangedFiles(drop, Map.copyOf(byKind), quarantined);
    }
}
