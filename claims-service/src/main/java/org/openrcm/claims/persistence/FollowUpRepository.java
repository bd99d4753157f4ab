package org.openrcm.claims.persistence;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The follow-up queries: per tenant, oldest first, joined with the payers' deadlines where they matter. */
@ApplicationScoped
public class FollowUpRepository {

    /** One flagged claim: id, CLM01, payer, status, and the instant or date the flag is about. */
    public record Row(String claimId, String patientControlNumber, String payerId, String status, Instant since,
            LocalDate deadline, String reason) {
    }

    private static final String NO_ACKNOWLEDGMENT = "SELECT CAST(id AS VARCHAR), patient_control_number, payer_id,"
            + " status, coalesce(submitted_at, updated_at), CAST(NULL AS DATE), CAST(NULL AS VARCHAR) FROM claim"
            + " WHERE tenant_id = ?1"
            + " AND status IN ('SUBMITTING', 'SUBMITTED') AND coalesce(submitted_at, updated_at) <= ?2"
            + " ORDER BY 5, 1 LIMIT ?3";
    private static final String NO_PAYMENT = "SELECT CAST(c.id AS VARCHAR), c.patient_control_number, c.payer_id,"
            + " c.status, c.accepted_at, CAST(NULL AS DATE), CAST(NULL AS VARCHAR) FROM claim c LEFT JOIN payer_config p"
            + " ON p.tenant_id = c.tenant_id AND p.payer_id = c.payer_id WHERE c.tenant_id = ?1"
            + " AND c.status = 'ACCEPTED' AND c.reopened_at IS NULL"
            + " AND c.accepted_at + make_interval(days => coalesce(p.payment_window_days, ?4)) <= ?2"
            + " ORDER BY 5, 1 LIMIT ?3";
    private static final String TIMELY_FILING = "SELECT CAST(c.id AS VARCHAR), c.patient_control_number, c.payer_id,"
            + " c.status, CAST(NULL AS TIMESTAMPTZ), c.date_of_service + coalesce(p.timely_filing_days, ?4),"
            + " CAST(NULL AS VARCHAR)"
            + " FROM claim c LEFT JOIN payer_config p ON p.tenant_id = c.tenant_id AND p.payer_id = c.payer_id"
            + " WHERE c.tenant_id = ?1 AND c.status IN ('SCRUB_FAILED', 'READY', 'SUBMITTING', 'SUBMITTED',"
            + " 'REJECTED', 'FAILED') AND c.date_of_service + coalesce(p.timely_filing_days, ?4) <= ?2"
            + " ORDER BY 6, 1 LIMIT ?3";
    private static final String REVERSED = "SELECT CAST(id AS VARCHAR), patient_control_number, payer_id, status,"
            + " reopened_at, CAST(NULL AS DATE), reopen_reason FROM claim WHERE tenant_id = ?1"
            + " AND reopened_at IS NOT NULL AND status = 'ACCEPTED' ORDER BY 5, 1 LIMIT ?2";

    private final EntityManager entityManager;

    FollowUpRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Claims submitted at or before {@code submittedBy} and not acknowledged. */
    public List<Row> withoutAcknowledgment(String tenantId, Instant submittedBy, int limit) {
        return rows(entityManager.createNativeQuery(NO_ACKNOWLEDGMENT).setParameter(1, tenantId)
                .setParameter(2, Timestamp.from(submittedBy)).setParameter(3, limit).getResultList());
    }

    /** Accepted claims whose payer's payment window (or {@code defaultWindowDays}) has run out by {@code now}. */
    public List<Row> withoutPayment(String tenantId, Instant now, int defaultWindowDays, int limit) {
        return rows(entityManager.createNativeQuery(NO_PAYMENT).setParameter(1, tenantId)
                .setParameter(2, Timestamp.from(now)).setParameter(3, limit).setParameter(4, defaultWindowDays)
                .getResultList());
    }

    /** Claims not yet with the payer whose timely-filing deadline falls on or before {@code deadlineBy}. */
    public List<Row> nearTimelyFiling(String tenantId, LocalDate deadlineBy, int defaultLimitDays, int limit) {
        return rows(entityManager.createNativeQuery(TIMELY_FILING).setParameter(1, tenantId)
                .setParameter(2, Date.valueOf(deadlineBy)).setParameter(3, limit).setParameter(4, defaultLimitDays)
                .getResultList());
    }

    /** Adjudicated claims whose payment the payer reversed, with no corrected adjudication since. */
    public List<Row> reversed(String tenantId, int limit) {
        return rows(entityManager.createNativeQuery(REVERSED).setParameter(1, tenantId).setParameter(2, limit)
                .getResultList());
    }

    @SuppressWarnings("unchecked")
    private static List<Row> rows(List<?> result) {
        return ((List<Object[]>) result).stream().map(row -> new Row((String) row[0], (String) row[1],
                (String) row[2], (String) row[3], instant(row[4]), date(row[5]), (String) row[6])).toList();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate date ? date : ((Date) value).toLocalDate();
    }
}
