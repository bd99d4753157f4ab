package org.openrcm.patientbilling.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

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
 * billed. The accounts it placed with the agency go into one collections file.
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

    StatementRunService(PatientAccountRepository accounts, StatementIssuer issuer, BillingSettingsService settings,
            CollectionsExportService collections) {
        this.accounts = accounts;
        this.issuer = issuer;
        this.settings = settings;
        this.collections = collections;
    }

    public StatementRunResult run(String tenantId) {
        BillingSettings tenantSettings = settings.forTenant(tenantId);
        LocalDate today = settings.today(tenantSettings);
        StatementRunResult result = StatementRunResult.none();
        UUID after = BEFORE_ALL;
        List<UUID> batch;
        do {
            UUID from = after;
            batch = QuarkusTransaction.requiringNew().call(() -> accounts.billableIds(tenantId, from, today, BATCH));
            for (UUID accountId : batch) {
                try {
                    result = result.add(issuer.cycle(tenantId, accountId, tenantSettings, today));
                } catch (RuntimeException e) {
                    // the reference, not the exception text, goes to the caller: it may name the patient
                    String reference = UUID.randomUUID().toString();
                    LOG.errorf(e, "Statement run of %s: account %s failed (reference %s)", tenantId, accountId,
                            reference);
                    result = result.failed(accountId.toString(), e.getClass().getSimpleName() + ", reference "
                            + reference);
                }
                after = accountId;
            }
        } while (batch.size() == BATCH);
        if (!result.sentToCollections().isEmpty()) {
            result = result.withCollectionsFile(
                    collections.export(tenantId, today, result.sentToCollections()).toString());
        }
        return result;
    }
}
