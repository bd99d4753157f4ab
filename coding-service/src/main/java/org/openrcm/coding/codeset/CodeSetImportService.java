package org.openrcm.coding.codeset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Imports a release of a code set. The whole file is read and checked before anything is written, then the release
 * and all its rows go in with one {@code COPY} in one transaction: a bad line is reported with its number and
 * nothing of the release is stored.
 */
@ApplicationScoped
public class CodeSetImportService {

    private final CodeSetRepository repository;
    private final Clock clock;

    CodeSetImportService(CodeSetRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * @param tenantId the practice whose licensed file it is (CPT), ignored for the public code sets
     * @throws CodeSetFileException       for the first line that cannot be read
     * @throws ReleaseAlreadyExistsException when a release of that name was imported before
     */
    @Transactional
    public CodeSetRelease importRelease(CodeSetKind kind, String tenantId, String name, LocalDate effective,
            InputStream file) {
        String owner = kind.tenantLicensed() ? tenantId : null;
        List<Object[]> rows = parse(kind, effective, file);
        if (repository.exists(kind, owner, name)) {
            throw new ReleaseAlreadyExistsException(kind, name);
        }
        return repository.insert(kind, owner, name, effective, clock.instant(), rows);
    }

    /** The releases of a kind a tenant sees, newest first. */
    @Transactional
    public List<CodeSetRelease> releases(CodeSetKind kind, String tenantId) {
        return repository.releases(kind, tenantId);
    }

    private static List<Object[]> parse(CodeSetKind kind, LocalDate effective, InputStream file) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(file, StandardCharsets.UTF_8),
                1 << 16)) {
            List<Object[]> rows = kind.parser().parse(reader, effective);
            if (rows.isEmpty()) {
                throw new CodeSetFileException(1, "the file has no " + kind.pathName() + " rows");
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
