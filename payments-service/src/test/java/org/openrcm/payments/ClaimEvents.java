package org.openrcm.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openrcm.deploy.infra.TopicProbe;
import org.openrcm.events.CloudEventHeaders;
import org.openrcm.events.EventCatalog;
import org.openrcm.events.EventJson;
import org.openrcm.events.Topics;
import org.openrcm.events.claims.ClaimCreated;
import org.openrcm.events.claims.ClaimSubmitted;
import org.openrcm.events.common.Address;
import org.openrcm.events.common.ClaimLine;
import org.openrcm.events.common.Coverage;
import org.openrcm.events.common.Patient;

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

    /** As claims-service now sends it: with the patient control number the 837P carried (CLM01). */
    public static ClaimSubmitted submitted(String tenant, String claimId, String patientId, String totalCharge,
            String patientControlNumber) {
        return new ClaimSubmitted(tenant, claimId, "enc-" + claimId, patientId, "ACME01", "sub-1", "1",
                new BigDecimal(totalCharge), DATE_OF_SERVICE, Instant.parse("2026-11-21T09:00:00Z"),
                patientControlNumber, "000000017", "837P-" + tenant + "-000000017-20261121090000.x12");
    }

    /** The claim as built, with its lines: what the payer's service lines are matched to. */
    public static ClaimCreated created(String tenant, String claimId, String patientId, ClaimLine... lines) {
        BigDecimal total = Arrays.stream(lines).map(ClaimLine::charge).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new ClaimCreated(tenant, claimId, "enc-" + claimId,
                new Patient(patientId, "Jane", "Doe", LocalDate.of(1971, 6, 2), "F",
                        new Address("1 Main St", null, "Hartford", "CT", "06101")),
                new Coverage("ACME01", "Acme Health", "W123", null, "18", "CI"), "1234567893", "1234567893",
                DATE_OF_SERVICE, "11", List.of("E119"), List.of(lines), total, Instant.parse("2026-11-21T08:00:00Z"));
    }

    public static ClaimLine line(int number, String code, String charge, String... modifiers) {
        return new ClaimLine(number, code, List.of(modifiers), 1, new BigDecimal(charge), List.of(1));
    }

    public static void send(TopicProbe probe, ClaimCreated event) {
        probe.send(Topics.CLAIMS.name(), event.claimId(), headers(UUID.randomUUID().toString(),
                EventCatalog.CLAIM_CREATED, event.tenantId(), event.claimId()), json(event));
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

    public static String json(Object event) {
        try {
            return EventJson.mapper().writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
