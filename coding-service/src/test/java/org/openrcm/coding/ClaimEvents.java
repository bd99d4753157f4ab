package org.openrcm.coding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openrcm.deploy.infra.TopicProbe;
import org.openrcm.events.CloudEventHeaders;
import org.openrcm.events.EventCatalog;
import org.openrcm.events.EventJson;
import org.openrcm.events.RcmEvent;
import org.openrcm.events.claims.ClaimCreated;
import org.openrcm.events.common.Address;
import org.openrcm.events.common.ClaimLine;
import org.openrcm.events.common.Coverage;
import org.openrcm.events.common.Patient;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Events of claims- and payments-service as their outbox relays publish them, for coding-service to consume. */
public final class ClaimEvents {

    private ClaimEvents() {
    }

    /** claims-service's ClaimCreated for an encounter (of {@code EncounterJson.encounter}); returns the claim id. */
    public static String claimCreated(TopicProbe probe, String tenantId, String encounterId) {
        String claimId = UUID.randomUUID().toString();
        claimCreated(probe, tenantId, claimId, encounterId);
        return claimId;
    }

    public static void claimCreated(TopicProbe probe, String tenantId, String claimId, String encounterId) {
        publish(probe, new ClaimCreated(tenantId, claimId, encounterId,
                new Patient("P-100", "Ann", "Lee", LocalDate.of(1980, 2, 3), "F",
                        new Address("1 Main St", null, "Springfield", "IL", "62701")),
                new Coverage("BCBS01", "Blue Cross", "XYZ123", "G1", "18", "CI"), "1234567893", "1234567893",
                LocalDate.of(2026, 11, 20), "11", List.of("E119", "I10"),
                List.of(new ClaimLine(1, "99213", List.of(), 1, new BigDecimal("120.00"), List.of(1, 2))),
                new BigDecimal("120.00"), Instant.now()), UUID.randomUUID());
    }

    /** Publishes under the given event id (the same id twice is a redelivery): JSON, CloudEvents headers, keyed. */
    public static void publish(TopicProbe probe, RcmEvent event, UUID eventId) {
        EventCatalog entry = EventCatalog.of(event.getClass());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        headers.put(CloudEventHeaders.ID, eventId.toString());
        headers.put(CloudEventHeaders.TYPE, entry.ceType());
        headers.put(CloudEventHeaders.SOURCE, "/openrcm/test-producer");
        headers.put(CloudEventHeaders.TIME, Instant.now().toString());
        headers.put(CloudEventHeaders.SUBJECT, event.aggregateId());
        headers.put(CloudEventHeaders.TENANT_ID, event.tenantId());
        headers.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        try {
            String json = EventJson.mapper().writeValueAsString(event);
            probe.send(entry.topic().name(), event.aggregateId(), headers, json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
