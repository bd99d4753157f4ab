package org.openrcm.events.coding;

import java.time.Instant;
import java.time.LocalDate;

import org.openrcm.events.RcmEvent;

/** An encounter was taken in for coding. {@code externalId} is the practice's own visit id. */
public record EncounterReceived(String tenantId, String encounterId, String externalId, String patientId,
        String renderingProviderNpi, LocalDate dateOfService, String placeOfService, Instant receivedAt)
        implements RcmEvent {

    @Override
    public String aggregateId() {
        return encounterId;
    }
}
