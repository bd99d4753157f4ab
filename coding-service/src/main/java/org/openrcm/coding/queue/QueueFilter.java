package org.openrcm.coding.queue;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.openrcm.coding.domain.EncounterStatus;
import org.openrcm.coding.edit.CodingEdit;
import org.openrcm.plumbing.web.InvalidParameterException;
import org.openrcm.plumbing.web.QueryParameters;

/**
 * What the coder work queue lists: open encounters (in review, or waiting for the provider), optionally only
 * those with one failed edit or sent back by a payer, and only those waiting longer than an age.
 *
 * @param status    REVIEW_REQUIRED (the queue proper) or QUERIED
 * @param reason    an edit id, {@link #PAYER} for encounters a payer sent back, or null for any
 * @param olderThan only encounters queued at least this long ago, or null
 */
public record QueueFilter(EncounterStatus status, String reason, Duration olderThan) {

    /** The reason of encounters a payer's rejection or denial sent back. */
    public static final String PAYER = "PAYER";

    private static final Set<EncounterStatus> OPEN = Set.of(EncounterStatus.REVIEW_REQUIRED, EncounterStatus.QUERIED);

    private static final Set<String> REASONS = Stream.concat(Arrays.stream(CodingEdit.values()).map(CodingEdit::id),
            Stream.of(PAYER)).collect(Collectors.toUnmodifiableSet());

    /**
     * Reads the query parameters; every bad value is a 400 naming its parameter.
     *
     * @param status    REVIEW_REQUIRED (the default) or QUERIED
     * @param olderThan an ISO-8601 duration, e.g. {@code P2D} or {@code PT4H}
     */
    static QueueFilter parse(String status, String reason, String olderThan) {
        EncounterStatus wanted = QueryParameters.enumValue("status", status, EncounterStatus.class);
        if (wanted != null && !OPEN.contains(wanted)) {
            throw new InvalidParameterException("status", "must be one of " + OPEN + ": the queue holds open work");
        }
        if (reason != null && !REASONS.contains(reason)) {
            throw new InvalidParameterException("reason", "must be an edit id or " + PAYER);
        }
        return new QueueFilter(wanted == null ? EncounterStatus.REVIEW_REQUIRED : wanted, reason,
                olderThan == null ? null : duration(olderThan));
    }

    private static Duration duration(String value) {
        try {
            Duration parsed = Duration.parse(value);
            if (parsed.isNegative()) {
                throw new InvalidParameterException("olderThan", "must not be negative");
            }
            return parsed;
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException("olderThan", "must be an ISO-8601 duration, e.g. P2D or PT4H");
        }
    }
}
