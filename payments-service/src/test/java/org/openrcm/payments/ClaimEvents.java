package org.openrcm.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.openrcm.deploy.infra.TopicProbe;
import org.openrcm.events.CloudEventHeaders;
import org.openrcm.events.EventCatalog;
import org.openrcm.events.EventJson;
import org.openrcm.events.Topics;
import org.openrcm.events.claims.ClaimSubmitted;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Claim events as claims-service publishes them on rcm.claims.claims, written raw for the tests. */
public final class ClaimEvents {

    public static final LocalDate DATE_OF_SERVICE = LocalDate.of(2026, 11, 20);

    private ClaimEvents() {
    }

    public static ClaimSubmitted submitted(String tenant, String claimId, String patientId, String totalCharge) {
        return new ClaimSubmitted(tenant, claimId, "enc-" + claimId, patientId, "BCBS01", "sub-1", "1",
                new BigDecimal(totalCharge), DATE_OF_SERVICE, Instant.parse("2026-11-21T09:00:00Z"), null, null, null);
    }

    /** The CloudEvents headers of an event of {@code type} about {@code claimId}. */
    public static Map<String, String> headers(String ceId, EventCatalog type, String tenant, String claimId) {
        Map<String, String> headers = new HashMap<>();
        headers.put(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        headers.put(CloudEventHeaders.ID, ceId);
        headers.put(CloudEventHeaders.TYPE, type.ceType());
        headers.put(CloudEventHeaders.SOURCE, "/openrcm/claims-service");
        headers.put(CloudEventHeaders.TIME, "2026-11-21T09:00:00Z");
        headers.put(CloudEventHeaders.SUBJECT, claimId);
        headers.put(CloudEventHeaders.TENANT_ID, tenant);
        headers.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return headers;
    }

    /** Publishes the event with a new ce_id, which it returns. */
    public static String send(TopicProbe probe, ClaimSubmitted event) {
        String ceId = UUID.randomUUID().toString();
        send(probe, event, ceId);
        return ceId;
    }

    /** Publishes the event with the given ce_id: the same id twice is a redelivery. */
    public static void send(TopicProbe probe, ClaimSubmitted event, String ceId) {
        probe.send(Topics.CLAIMS.name(), event.claimId(),
                headers(ceId, EventCatalog.CLAIM_SUBMITTED, event.tenantId(), event.claimId()), json(event));
    }

    public static String json(ClaimSubmitted event) {
        try {
            return EventJson.mapper().writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
