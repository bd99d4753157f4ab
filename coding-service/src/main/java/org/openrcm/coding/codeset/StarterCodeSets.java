package org.openrcm.coding.codeset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.openrcm.plumbing.web.UniqueViolations;

import io.quarkus.runtime.StartupEvent;

/**
 * The starter code sets shipped in the repository, written from public-domain sources (a few hundred common
 * ICD-10-CM codes, HCPCS G and J codes, the office E/M codes and the codes the demo bills without AMA descriptors,
 * sample NCCI and MUE rows, our conventions), loaded at startup for each kind that has no shared release yet, so
 * the demo and the tests run without downloads. A real installation imports the CMS files over them.
 */
@ApplicationScoped
public class StarterCodeSets {

    /** The release name the starter sets are stored under. */
    public static final String RELEASE = "starter";
    /** In force from the start of ICD-10-CM fiscal year 2026. */
    public static final LocalDate EFFECTIVE = LocalDate.of(2025, 10, 1);

    private static final Logger LOG = Logger.getLogger(StarterCodeSets.class);
    private static final Map<CodeSetKind, String> FILES = Map.of(
            CodeSetKind.ICD10CM, "icd10cm_order_starter.txt",
            CodeSetKind.HCPCS, "HCPC_starter_ANWEB.txt",
            CodeSetKind.CPT, "cpt_starter.csv",
            CodeSetKind.NCCI_PTP, "ncci_ptp_starter.txt",
            CodeSetKind.MUE, "mue_starter.csv",
            CodeSetKind.CONVENTIONS, "conventions.csv");

    private final CodeSetImportService importer;
    private final CodeSetRepository repository;

    StarterCodeSets(CodeSetImportService importer, CodeSetRepository repository) {
        this.importer = importer;
        this.repository = repository;
    }

    void load(@Observes StartupEvent startup) {
        for (CodeSetKind kind : CodeSetKind.values()) {
            if (repository.anyShared(kind)) {
                continue;
            }
            try (InputStream file = getClass().getResourceAsStream("/codesets/starter/" + FILES.get(kind))) {
                CodeSetRelease release = importer.importRelease(kind, null, RELEASE, EFFECTIVE, file);
                LOG.infof("Loaded the starter %s code set (%d rows)", kind.pathName(), release.rowCount());
            } catch (ReleaseAlreadyExistsException e) {
                LOG.debugf("Another instance loaded the starter %s code set", kind.pathName());
            } catch (RuntimeException e) {
                if (!UniqueViolations.isUniqueViolation(e)) {
                    throw e;
                }
                LOG.debugf("Another instance loaded the starter %s code set", kind.pathName());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
