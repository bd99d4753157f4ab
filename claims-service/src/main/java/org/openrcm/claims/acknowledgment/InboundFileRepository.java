package org.openrcm.claims.acknowledgment;

import java.sql.Timestamp;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The files taken, by content hash, so that the same file twice changes nothing. */
@ApplicationScoped
public class InboundFileRepository {

    private static final String RECORD = "INSERT INTO inbound_file (tenant_id, sha256, route, file_name, kind,"
            + " summary, received_at) VALUES (?1, ?2, ?3, ?4, ?5, '', ?6) ON CONFLICT DO NOTHING";
    private static final String SUMMARY = "UPDATE inbound_file SET kind = ?3, summary = ?4 WHERE tenant_id = ?1"
            + " AND sha256 = ?2";

    private final EntityManager entityManager;

    InboundFileRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Records the file in the caller's transaction. A concurrent taker of the same file waits on the key until the
     * first commits, then finds it recorded.
     *
     * @return false when the file was taken before
     */
    public boolean record(InboundFile file, Instant now) {
        return entityManager.createNativeQuery(RECORD).setParameter(1, file.tenantId()).setParameter(2, file.sha256())
                .setParameter(3, file.route()).setParameter(4, file.fileName()).setParameter(5, "?")
                .setParameter(6, Timestamp.from(now)).executeUpdate() == 1;
    }

    public void summarize(InboundFile file, String kind, String summary) {
        entityManager.createNativeQuery(SUMMARY).setParameter(1, file.tenantId()).setParameter(2, file.sha256())
                .setParameter(3, kind).setParameter(4, summary.length() <= 2000 ? summary : summary.substring(0, 2000))
                .executeUpdate();
    }
}
