package org.openrcm.events.coding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.openrcm.events.RcmEvent;
import org.openrcm.events.common.Coverage;
import org.openrcm.events.common.Diagnosis;
import org.openrcm.events.common.Patient;
import org.openrcm.events.common.ProcedureLine;
import org.openrcm.events.common.Provider;

/**
 * An encounter's codes are final and it can be billed. Carries what the claim needs: patient, coverage, rendering
 * provider, date and place of service, diagnoses (first is principal) and procedure lines.
 *
 * @param revision 1 for the encounter's first coding; a higher one replaces the codes of an earlier revision after a
 *                 payer sent the claim back for a coding reason (absent, meaning 1, from events before it was added)
 */
public record EncounterCoded(String tenantId, String encounterId, String externalId, Patient patient,
        Coverage coverage, Provider renderingProvider, LocalDate dateOfService, String placeOfService,
        List<Diagnosis> diagnoses, List<ProcedureLine> procedures, Instant codedAt, Integer revision)
        implements RcmEvent {

    /** As producers wrote it before the revision was added: the first coding of the encounter. */
    public EncounterCoded(String tenantId, String encounterId, String externalId, Patient patient, Coverage coverage,
            Provider renderingProvider, LocalDate dateOfService, String placeOfService, List<Diagnosis> diagnoses,
            List<ProcedureLine> procedures, Instant codedAt) {
        this(tenantId, encounterId, externalId, patient, coverage, renderingProvider, dateOfService, placeOfService,
                diagnoses, procedures, codedAt, null);
    }

    @Override
    public String aggregateId() {
        return encounterId;
    }
}
