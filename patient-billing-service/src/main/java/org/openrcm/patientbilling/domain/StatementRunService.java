package org.openrcm.patientbilling.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.openrcm.patientbilling.persistence.PatientAccountRepository;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A statement run of one tenant: a statement for every account that owes something and had activity since its
 * last statement. Each account is billed in its own transaction ({@link StatementIssuer}), so a large run neither
 * holds locks on every account until it ends nor loses the statements already issued if it fails halfway; the next
 * run picks up what is left.
 */
@ApplicationScoped
public class StatementRunService {

    private static final int BATCH = 200;
    private static final UUID BEFORE_ALL = new UUID(0, 0);

    private final PatientAccountRepository accounts;
    private final StatementIssuer issuer;
    private final Clock clock;

    StatementRunService(PatientAccountRepository accounts, StatementIssuer issuer, Clock clock) {
        this.accounts = accounts;
        this.issuer = issuer;
        this.clock = clock;
    }

    public StatementRunResult run(String tenantId) {
        LocalDate today = LocalDate.now(clock);
        StatementRunResult result = StatementRunResult.NONE;
        UUID after = BEFORE_ALL;
        List<UUID> batch;
        do {
            UUID from = after;
            batch = QuarkusTransaction.requiringNew().call(() -> accounts.billableIds(tenantId, from, BATCH));
            for (UUID accountId : batch) {
                result = result.add(issuer.issue(tenantId, accountId, today));
                after = accountId;
            }
        } while (batch.size() == BATCH);
        return result;
    }
}
