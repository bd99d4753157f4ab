package org.openrcm.coding.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.openrcm.coding.analytics.CodingAnalytics.CodeCount;
import org.openrcm.coding.analytics.CodingAnalytics.CoderProductivity;
import org.openrcm.coding.analytics.CodingAnalytics.ReturnRate;
import org.openrcm.coding.analytics.CodingAnalytics.Turnaround;
import org.openrcm.coding.queue.PayerReturnService;

/**
 * Coding analytics computed in PostgreSQL from what the service keeps: encounters (codes, intake routing and failed
 * edits), the queue's recorded actions, and the claims and their returns from claims- and payments-service.
 */
@ApplicationScoped
public class CodingAnalyticsService {

    private static final int TOP = 10;
    /** Office E/M: new patient 99202-99205, established 99211-99215. */
    private static final String OFFICE_EM = "^992(0[2-5]|1[1-5])$";

    /** A finalization's minutes from entering the queue; the reopening's time for a later revision. */
    private static final String TURNAROUND_MINUTES = "EXTRACT(EPOCH FROM (a.acted_at - e.queued_at)) / 60";

    private final EntityManager entityManager;

    CodingAnalyticsService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    public CodingAnalytics analyse(String tenantId, LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Object[] routing = (Object[]) query("SELECT COUNT(*), COUNT(*) FILTER (WHERE auto_coded) FROM encounter"
                + " WHERE tenant_id = :tenant AND received_at >= :start AND received_at < :end", tenantId, start, end)
                .getSingleResult();
        long encounters = number(routing[0]);
        long autoCoded = number(routing[1]);
        long claims = number(query("SELECT COUNT(*) FROM claim_encounter WHERE tenant_id = :tenant"
                + " AND created_at >= :start AND created_at < :end", tenantId, start, end).getSingleResult());
        return new CodingAnalytics(from, to, encounters, autoCoded, ratio(autoCoded, encounters),
                codeCounts(codedCodes("diagnoses", "") + " LIMIT " + TOP, tenantId, start, end),
                codeCounts(codedCodes("procedures", "") + " LIMIT " + TOP, tenantId, start, end),
                codeCounts(codedCodes("procedures", " AND c ->> 'code' ~ '" + OFFICE_EM + "'"), tenantId, start, end),
                codeCounts("SELECT edit_id, COUNT(*) FROM encounter e, jsonb_array_elements_text(e.intake_failed_edits)"
                        + " edit_id WHERE e.tenant_id = :tenant AND e.received_at >= :start AND e.received_at < :end"
                        + " GROUP BY edit_id ORDER BY COUNT(*) DESC, edit_id", tenantId, start, end),
                coders(tenantId, start, end), turnaround(tenantId, start, end), claims,
                returns(tenantId, start, end, claims));
    }

    /** The codes of one JSON array column over the period's coded encounters, most frequent first. */
    private static String codedCodes(String column, String condition) {
        return "SELECT c ->> 'code', COUNT(*) FROM encounter e, jsonb_array_elements(e." + column + ") c"
                + " WHERE e.tenant_id = :tenant AND e.status = 'CODED' AND e.received_at >= :start"
                + " AND e.received_at < :end" + condition + " GROUP BY 1 ORDER BY COUNT(*) DESC, 1";
    }

    private List<CoderProductivity> coders(String tenantId, Instant start, Instant end) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query("SELECT a.user_id, COUNT(*),"
                + " COUNT(*) FILTER (WHERE a.action = 'FINALIZED'),"
                + " COUNT(*) FILTER (WHERE a.codes_after IS NOT NULL AND a.codes_before <> a.codes_after),"
                + " AVG(" + TURNAROUND_MINUTES + ") FILTER (WHERE a.action = 'FINALIZED'),"
                + " PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY " + TURNAROUND_MINUTES + ")"
                + " FILTER (WHERE a.action = 'FINALIZED')"
                + " FROM coding_action a JOIN encounter e ON e.id = a.encounter_id"
                + " WHERE a.tenant_id = :tenant AND a.acted_at >= :start AND a.acted_at < :end"
                + " AND a.user_id <> :payer GROUP BY a.user_id ORDER BY a.user_id", tenantId, start, end)
                .setParameter("payer", PayerReturnService.PAYER_USER).getResultList();
        return rows.stream().map(row -> new CoderProductivity((String) row[0], number(row[1]), number(row[2]),
                number(row[3]), new Turnaround(minutes(row[4]), minutes(row[5])))).toList();
    }

    private Turnaround turnaround(String tenantId, Instant start, Instant end) {
        Object[] row = (Object[]) query("SELECT AVG(" + TURNAROUND_MINUTES + "), PERCENTILE_CONT(0.5) WITHIN GROUP"
                + " (ORDER BY " + TURNAROUND_MINUTES + ") FROM coding_action a JOIN encounter e ON e.id = a.encounter_id"
                + " WHERE a.tenant_id = :tenant AND a.action = 'FINALIZED' AND a.acted_at >= :start"
                + " AND a.acted_at < :end", tenantId, start, end).getSingleResult();
        return new Turnaround(minutes(row[0]), minutes(row[1]));
    }

    private List<ReturnRate> returns(String tenantId, Instant start, Instant end, long claims) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query("SELECT kind, coding_reason, COUNT(*) FROM payer_return WHERE tenant_id = :tenant"
                + " AND returned_at >= :start AND returned_at < :end GROUP BY kind, coding_reason"
                + " ORDER BY kind, coding_reason NULLS LAST", tenantId, start, end).getResultList();
        return rows.stream().map(row -> new ReturnRate((String) row[0], (String) row[1], number(row[2]),
                ratio(number(row[2]), claims))).toList();
    }

    private List<CodeCount> codeCounts(String sql, String tenantId, Instant start, Instant end) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query(sql, tenantId, start, end).getResultList();
        return rows.stream().map(row -> new CodeCount((String) row[0], number(row[1]))).toList();
    }

    private Query query(String sql, String tenantId, Instant start, Instant end) {
        return entityManager.createNativeQuery(sql).setParameter("tenant", tenantId).setParameter("start", start)
                .setParameter("end", end);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static BigDecimal ratio(long count, long total) {
        return total == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(count).divide(BigDecimal.valueOf(total), 4,
                RoundingMode.HALF_UP);
    }

    private static BigDecimal minutes(Object value) {
        return value == null ? null : new BigDecimal(value.toString()).setScale(1, RoundingMode.HALF_UP);
    }
}
