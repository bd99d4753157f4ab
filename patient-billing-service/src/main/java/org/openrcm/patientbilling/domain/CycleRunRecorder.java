package org.openrcm.patientbilling.domain;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Records a tenant's scheduled run of a cycle date; only the first to record it runs it, so replicas, later ticks and
 * restarts never run one cycle twice.
 */
@ApplicationScoped
public class CycleRunRecorder {

    private static final String CLAIM = "INSERT INTO statement_cycle_run (tenant_id, cycle_date, started_at)"
            + " VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING";
    private static final String CLAIM_MISSED = "INSERT INTO statement_cycle_run (tenant_id, cycle_date, started_at)"
            + " SELECT ?1, ?2, ?3 WHERE EXISTS (SELECT 1 FROM statement_cycle_run WHERE tenant_id = ?1"
            + " AND cycle_date < ?2) ON CONFLICT DO NOTHING";

    private final EntityManager entityManager;
    private final Clock clock;

    CycleRunRecorder(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** @return true when this call recorded the day's run, false when it was recorded before */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String tenantId, LocalDate cycleDate) {
        return entityManager.createNativeQuery(CLAIM).setParameter(1, tenantId).setParameter(2, cycleDate)
                .setParameter(3, clock.instant()).executeUpdate() == 1;
    }

    /**
     * Records the run of a cycle date that passed while no replica ran (the service was down that day). Only a tenant
     * whose cycle ran before that date is caught up: one onboarded since was never due then.
     *
     * @return true when this call recorded the run, false when it was recorded before or is not due
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claimMissed(String tenantId, LocalDate cycleDate) {
        return entityManager.createNativeQuery(CLAIM_MISSED).setParameter(1, tenantId).setParameter(2, cycleDate)
                .setParameter(3, clock.instant()).executeUpdate() == 1;
    }
}
