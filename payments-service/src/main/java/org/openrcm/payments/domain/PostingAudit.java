package org.openrcm.payments.domain;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Who did what to which remittance, payment or denial, and why: written in the transaction of the change. */
@ApplicationScoped
public class PostingAudit {

    public static final String REMITTANCE = "REMITTANCE";
    public static final String CLAIM_PAYMENT = "CLAIM_PAYMENT";
    public static final String DENIAL = "DENIAL";
    public static final String DEPOSIT = "DEPOSIT";

    private final EntityManager entityManager;
    private final Clock clock;

    PostingAudit(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String tenantId, String subject, UUID subjectId, String action, String actor, String detail) {
        entityManager.createNativeQuery("INSERT INTO posting_audit (tenant_id, subject, subject_id, action, actor,"
                + " detail, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, tenantId).setParameter(2, subject).setParameter(3, subjectId)
                .setParameter(4, action).setParameter(5, actor).setParameter(6, detail)
                .setParameter(7, java.sql.Timestamp.from(clock.instant())).executeUpdate();
    }
}
