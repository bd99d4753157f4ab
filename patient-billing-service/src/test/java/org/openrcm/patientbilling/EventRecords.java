package org.openrcm.patientbilling;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.openrcm.deploy.infra.TopicProbe;
import org.openrcm.events.CloudEventHeaders;
import org.openrcm.events.EventCatalog;
import org.openrcm.events.EventJson;
import org.openrcm.events.RcmEvent;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Puts events on their topics as the producing services' outbox relays do: CloudEvents headers, JSON value. */
public final class EventRecords {

    private EventRecords() {
    }

    /** Publishes the event with a new event id, which it returns. */
    public static String publish(TopicProbe probe, RcmEvent event) {
        String eventId = UUID.randomUUID().toString();
        publish(probe, event, eventId);
        return eventId;
    }

    /** Publishes the event with the given event id: twice with one id is a redelivery. */
    public static void publish(TopicProbe probe, RcmEvent event, String eventId) {
        EventCatalog entry = EventCatalog.of(event.getClass());
        probe.send(entry.topic().name(), event.aggregateId(), headers(entry.ceType(), event, eventId), json(event));
    }

    public static Map<String, String> headers(String ceType, RcmEvent event, String eventId) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        headers.put(CloudEventHeaders.ID, eventId);
        headers.put(CloudEventHeaders.TYPE, ceType);
        headers.put(CloudEventHeaders.SOURCE, "/openrcm/test");
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
}
