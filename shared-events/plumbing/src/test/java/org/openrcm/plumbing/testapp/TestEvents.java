package org.openrcm.plumbing.testapp;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openrcm.events.CloudEventHeaders;
import org.openrcm.events.EventCatalog;
import org.openrcm.events.EventEnvelope;
import org.openrcm.events.EventJson;
import org.openrcm.events.RcmEvent;
import org.openrcm.events.common.Adjustment;
import org.openrcm.events.payments.PaymentPosted;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Events as a producing service's relay writes them to Kafka. */
public final class TestEvents {

    public static final String TENANT = "plumbing-practice";

    private TestEvents() {
    }

    public static PaymentPosted payment(String claimId) {
        return payment(TENANT, claimId, "1");
    }

    public static PaymentPosted payment(String tenantId, String claimId, String claimStatusCode) {
        return new PaymentPosted(tenantId, "pay-" + UUID.randomUUID(), claimId, "rem-1", "BCBS01", "PCN-1",
                claimStatusCode, new BigDecimal("125.00"), new BigDecimal("100.00"), new BigDecimal("25.00"),
                List.of(new Adjustment("PR", "3", new BigDecimal("25.00"))), Instant.now());
    }

    public static Map<String, String> headers(RcmEvent event, UUID eventId) {
        return CloudEventHeaders.of(new EventEnvelope(eventId, EventCatalog.of(event.getClass()).ceType(),
                "/openrcm/test-producer", Instant.now(), event.aggregateId(), event.tenantId()));
    }

    public static String json(RcmEvent event) {
        try {
            return EventJson.mapper().writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
