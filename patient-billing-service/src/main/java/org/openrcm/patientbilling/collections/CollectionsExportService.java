package org.openrcm.patientbilling.collections;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.openrcm.patientbilling.domain.BillingConfig;
import org.openrcm.patientbilling.domain.Money;
import org.openrcm.patientbilling.persistence.CollectionsExportRepository;

/**
 * Writes the agency's file of one statement run: {@code <collections dir>/<tenant>/collections-<date>-<n>.csv},
 * written to a temporary name and moved into place so the agency's pickup never reads half a file.
 */
@ApplicationScoped
public class CollectionsExportService {

    private final CollectionsExportRepository exports;
    private final BillingConfig config;
    private final Clock clock;

    CollectionsExportService(CollectionsExportRepository exports, BillingConfig config, Clock clock) {
        this.exports = exports;
        this.config = config;
        this.clock = clock;
    }

    /** @return the file written */
    @Transactional
    public Path export(String tenantId, LocalDate runDate, List<CollectionsPlacement> placements) {
        Path directory = config.collectionsDirectory().resolve(tenantId);
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve("collections-" + runDate + "-" + (exports.countForTenant(tenantId) + 1)
                    + ".csv");
            Path partial = directory.resolve(file.getFileName() + ".part");
            Files.writeString(partial, CollectionsFile.csv(tenantId, placements), StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            exports.persist(CollectionsExport.of(tenantId, file.toString(), placements.size(),
                    placements.stream().map(CollectionsPlacement::balance).reduce(Money.ZERO, BigDecimal::add),
                    clock.instant()));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the collections file of " + tenantId, e);
        }
    }
}
