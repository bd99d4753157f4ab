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
 */
public record EncounterCoded(String tenantId, String encounterId, String externalId, Patient patient,
        Coverage coverage, Provider renderingProvider, LocalDate dateOfService, String placeOfService,
        List<Diagnosis> diagnoses, List<ProcedureLine> procedures, Instant codedAt) implements RcmEvent {

    @Override
    public String aggregateId() {
        return encounterId;
    }
}
