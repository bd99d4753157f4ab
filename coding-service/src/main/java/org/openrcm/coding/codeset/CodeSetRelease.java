package org.openrcm.coding.codeset;

import java.time.Instant;
import java.time.LocalDate;

/** A release of a code set as imported; {@code tenantId} only for a practice's licensed CPT file. */
public record CodeSetRelease(long id, CodeSetKind kind, String tenantId, String name, LocalDate effectiveDate,
        int rowCount, Instant importedAt) {
}
