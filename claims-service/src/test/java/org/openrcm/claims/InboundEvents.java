package org.openrcm.claims;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openrcm.deploy.infra.TopicProbe;
import org.openrcm.events.CloudEventHeaders;
import org.openrcm.events.EventCatalog;
import org.openrcm.events.EventJson;
import org.openrcm.events.RcmEvent;
import org.openrcm.events.coding.EncounterCoded;
import org.openrcm.events.common.Address;
import org.openrcm.events.common.Coverage;
import org.openrcm.events.common.Diagnosis;
import org.openrcm.events.common.Patient;
import org.openrcm.events.common.ProcedureLine;
import org.openrcm.events.common.Provider;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Events as the other services publish them: JSON value, CloudEvents headers, keyed by aggregate id. */
public final class InboundEvents {

    public static final String RENDERING_NPI = "1234567893";

    private InboundEvents() {
    }

    public static EncounterCoded encounterCoded(String tenantId, String encounterId, ProcedureLine... procedures) {
        return new EncounterCoded(tenantId, encounterId, "V-" + encounterId,
                new Patient("P-100", "Ann", "Lee", LocalDate.of(1980, 2, 3), "F",
                        new Address("1 Main St", null, "Springfield", "IL", "62701")),
                new Coverage("BCBS01", "Blue Cross", "XYZ123", "G1", "18", "CI"),
                new Provider(RENDERING_NPI, "Sam", "Osler"), LocalDate.of(2026, 11, 20), "11",
                List.of(new Diagnosis("E119"), new Diagnosis("I10")), Arrays.asList(procedures),
                Instant.parse("2026-11-20T15:00:00Z"));
    }

    public static ProcedureLine line(String code, int units) {
        return new ProcedureLine(code, List.of(), units, List.of(1));
    }

    /** The CloudEvents headers a producing service's outbox relay writes, with the given event id. */
    public static Map<String, String> headers(RcmEvent event, UUID eventId) {
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
        return headers;
    }

    public static String json(RcmEvent event) {
        try {
            return EventJson.mapper().writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Publishes the event on its topic under a new event id, which it returns. */
    public static UUID publish(TopicProbe probe, RcmEvent event) {
        UUID eventId = UUID.randomUUID();
        publish(probe, event, eventId);
        return eventId;
    }

    /** Publishes the event under the given id: the same id twice is a redelivery. */
    public static void publish(TopicProbe probe, RcmEvent event, UUID eventId) {
        probe.send(EventCatalog.of(event.getClass()).topic().name(), event.aggregateId(), headers(event, eventId),
                json(event));
    }
}
