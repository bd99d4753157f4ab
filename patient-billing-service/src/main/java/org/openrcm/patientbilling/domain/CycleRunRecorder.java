package org.openrcm.patientbilling.domain;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Records a tenant's scheduled run of a local day; only the first to record it runs it. */
@ApplicationScoped
public class CycleRunRecorder {

    private static final String CLAIM = "INSERT INTO statement_cycle_run (tenant_id, cycle_date, started_at)"
            + " VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING";

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
}
