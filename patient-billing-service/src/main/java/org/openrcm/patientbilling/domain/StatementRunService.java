package org.openrcm.patientbilling.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.openrcm.patientbilling.collections.CollectionsExportService;
import org.openrcm.patientbilling.persistence.PatientAccountRepository;
import org.openrcm.patientbilling.settings.BillingSettings;
import org.openrcm.patientbilling.settings.BillingSettingsService;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A statement run of one tenant on the practice's local date: every guarantor of an account that owes something and
 * had activity since its last statement, or was last billed before today, goes through {@link StatementIssuer}.
 * Guarantors are billed {@code rcm.statements.chunk-size} at a time, each chunk in its own transaction, on
 * {@code rcm.statements.run-threads} threads: a large run neither holds locks on every account until it ends nor loses
 * the statements already issued if it fails halfway, and a chunk costs a handful of queries rather than a handful per
 * guarantor. A chunk that fails is billed again one guarantor at a time, so only the failing guarantor is left out and
 * reported with its reason. The accounts it placed with the agency go into one collections file.
 */
@ApplicationScoped
public class StatementRunService {

    private static final Logger LOG = Logger.getLogger(StatementRunService.class);
    private static final int BATCH = 200;
    private static final UUID BEFORE_ALL = new UUID(0, 0);

    private final PatientAccountRepository accounts;
    private final StatementIssuer issuer;
    private final BillingSettingsService settings;
    private final CollectionsExportService collections;
    private final int threads;
    private final int chunkSize;

    StatementRunService(PatientAccountRepository accounts, StatementIssuer issuer, BillingSettingsService settings,
            CollectionsExportService collections,
            @ConfigProperty(name = "rcm.statements.run-threads", defaultValue = "4") int threads,
            @ConfigProperty(name = "rcm.statements.chunk-size", defaultValue = "20") int chunkSize) {
        this.accounts = accounts;
        this.issuer = issuer;
        this.settings = settings;
        this.collections = collections;
        this.threads = threads;
        this.chunkSize = chunkSize;
    }

    public StatementRunResult run(String tenantId) {
        BillingSettings tenantSettings = settings.forTenant(tenantId);
        LocalDate today = settings.today(tenantSettings);
        StatementRunResult result = StatementRunResult.none();
        UUID after = BEFORE_ALL;
        List<UUID> batch;
        // chunks are independent (each its own transaction and row locks): rendering one chunk's PDFs while another
        // waits for the database keeps both the CPU and PostgreSQL busy
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            do {
                UUID from = after;
                batch = QuarkusTransaction.requiringNew()
                        .call(() -> accounts.billableGuarantors(tenantId, from, today, BATCH));
                List<Future<StatementRunResult>> chunks = new ArrayList<>();
                for (int start = 0; start < batch.size(); start += chunkSize) {
                    List<UUID> chunk = batch.subList(start, Math.min(batch.size(), start + chunkSize));
                    chunks.add(pool.submit(() -> bill(tenantId, chunk, tenantSettings, today)));
                }
                for (Future<StatementRunResult> chunk : chunks) {
                    result = result.plus(done(tenantId, chunk));
                }
                after = batch.isEmpty() ? after : batch.get(batch.size() - 1);
            } while (batch.size() == BATCH);
        } finally {
            pool.shutdownNow();
        }
        if (!result.sentToCollections().isEmpty()) {
            result = result.withCollectionsFile(
                    collections.export(tenantId, today, result.sentToCollections()).toString());
        }
        return result;
    }

    private StatementRunResult bill(String tenantId, List<UUID> guarantors, BillingSettings tenantSettings,
            LocalDate today) {
        try {
            return StatementRunResult.of(issuer.cycle(tenantId, guarantors, tenantSettings, today));
        } catch (RuntimeException e) {
            if (guarantors.size() > 1) {
                StatementRunResult oneByOne = StatementRunResult.none();
                for (UUID guarantor : guarantors) {
                    oneByOne = oneByOne.plus(bill(tenantId, List.of(guarantor), tenantSettings, today));
                }
                return oneByOne;
            }
            // the reference, not the exception text, goes to the caller: it may name the patient
            String reference = UUID.randomUUID().toString();
            LOG.errorf(e, "Statement run of %s: guarantor account %s failed (reference %s)", tenantId,
                    guarantors.get(0), reference);
            return StatementRunResult.none().failed(guarantors.get(0).toString(),
                    e.getClass().getSimpleName() + ", reference " + reference);
        }
    }

    private static StatementRunResult done(String tenantId, Future<StatementRunResult> chunk) {
        try {
            return chunk.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Statement run of " + tenantId + " interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Statement run of " + tenantId + " failed", e.getCause());
        }
    }
}
