package org.openrcm.coding.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A tenant's coding over a period (dates of receipt, action or return from {@code from} to {@code to} inclusive,
 * UTC).
 *
 * @param encounters     encounters received in the period
 * @param autoCoded      of those, coded at intake without a coder
 * @param autoCodingRate autoCoded / encounters, 0 when none
 * @param topDiagnoses   the most frequent diagnoses of the period's coded encounters (at most 10)
 * @param topProcedures  the most frequent procedure codes of the period's coded encounters (at most 10)
 * @param emLevels       office E/M codes of the period's coded encounters, by code
 * @param editFailures   the edits that failed at intake, by edit id, most frequent first
 * @param coders         per coder: actions and finalizations in the period, and their turnaround
 * @param turnaround     from entering the queue to finalization, over every finalization of the period
 * @param claims         claims built in the period from the tenant's encounters
 * @param returns        rejections and denials in the period by kind and coding reason (null: not a coding one)
 */
public record CodingAnalytics(LocalDate from, LocalDate to, long encounters, long autoCoded,
        BigDecimal autoCodingRate, List<CodeCount> topDiagnoses, List<CodeCount> topProcedures,
        List<CodeCount> emLevels, List<CodeCount> editFailures, List<CoderProductivity> coders,
        Turnaround turnaround, long claims, List<ReturnRate> returns) {

    /** How often a code or edit id occurs. */
    public record CodeCount(String code, long count) {
    }

    /** One coder's work: every recorded action, and the encounters finalized with their turnaround. */
    public record CoderProductivity(String userId, long actions, long finalized, long codeChanges,
            Turnaround turnaround) {
    }

    /** Minutes from entering the queue to finalization; null when nothing was finalized. */
    public record Turnaround(BigDecimal averageMinutes, BigDecimal medianMinutes) {
    }

    /**
     * @param kind         REJECTION or DENIAL
     * @param codingReason INVALID_CODE, DX_PROCEDURE_MISMATCH, BUNDLING, MEDICAL_NECESSITY, or null
     * @param rate         count / claims of the period, 0 when there were none
     */
    public record ReturnRate(String kind, String codingReason, long count, BigDecimal rate) {
    }
}
