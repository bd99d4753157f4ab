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
 * A statement run of one tenant on the practice's local date: every account that owes something and had activity
 * since its last statement, or was last billed before today, goes through {@link StatementIssuer}. Each account is
 * billed in its own transaction, so a large run neither holds locks on every account until it ends nor loses the
 * statements already issued if it fails halfway; an account that fails is reported with its reason and the rest are
 * billed. Accounts are billed on {@code rcm.statements.run-threads} threads. The accounts it placed with the agency
 * go into one collections file.
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

    StatementRunService(PatientAccountRepository accounts, StatementIssuer issuer, BillingSettingsService settings,
            CollectionsExportService collections,
            @ConfigProperty(name = "rcm.statements.run-threads", defaultValue = "4") int threads) {
        this.accounts = accounts;
        this.issuer = issuer;
        this.settings = settings;
        this.collections = collections;
        this.threads = threads;
    }

    public StatementRunResult run(String tenantId) {
        BillingSettings tenantSettings = settings.forTenant(tenantId);
        LocalDate today = settings.today(tenantSettings);
        StatementRunResult result = StatementRunResult.none();
        UUID after = BEFORE_ALL;
        List<UUID> batch;
        // accounts are independent (each its own transaction and row lock): rendering one while another waits for
        // the database keeps both the CPU and PostgreSQL busy
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            do {
                UUID from = after;
                batch = QuarkusTransaction.requiringNew()
                        .call(() -> accounts.billableIds(tenantId, from, today, BATCH));
                List<Future<StatementOutcome>> outcomes = new ArrayList<>();
                for (UUID accountId : batch) {
                    outcomes.add(pool.submit(() -> issuer.cycle(tenantId, accountId, tenantSettings, today)));
                }
                for (int i = 0; i < batch.size(); i++) {
                    result = collect(result, tenantId, batch.get(i), outcomes.get(i));
                    after = batch.get(i);
                }
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

    private static StatementRunResult collect(StatementRunResult result, String tenantId, UUID accountId,
            Future<StatementOutcome> outcome) {
        try {
            return result.add(outcome.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Statement run of " + tenantId + " interrupted", e);
        } catch (ExecutionException e) {
            // the reference, not the exception text, goes to the caller: it may name the patient
            String reference = UUID.randomUUID().toString();
            LOG.errorf(e.getCause(), "Statement run of %s: account %s failed (reference %s)", tenantId, accountId,
                    reference);
            return result.failed(accountId.toString(), e.getCause().getClass().getSimpleName() + ", reference "
                    + reference);
        }
    }
}
