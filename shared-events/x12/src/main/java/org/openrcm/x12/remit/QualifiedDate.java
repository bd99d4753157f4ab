package org.openrcm.x12.remit;

import java.time.LocalDate;

/**
 * A DTM segment.
 *
 * @param qualifier       DTM01 (e.g. {@code 405} production date, {@code 232}/{@code 233} claim statement period,
 *                        {@code 050} received, {@code 472} service, {@code 150}/{@code 151} service period)
 * @param date            DTM02
 * @param segmentPosition position in the transaction set when read, 0 when built
 */
public record QualifiedDate(String qualifier, LocalDate date, int segmentPosition) {
}
