package org.openrcm.events;

import java.util.LinkedHashMap;
import java.util.Map;

/** Kafka header names of the CloudEvents 1.0 Kafka protocol binding, binary content mode. */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    /** CloudEvents extension attribute naming the tenant (provider practice). */
    public static final String TENANT_ID = "ce_tenantid";
    public static final String CONTENT_TYPE = "content-type";

    public static final String SPEC_VERSION_VALUE = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }

    /** The headers of an event in binary content mode, in a stable order: what every producer writes. */
    public static Map<String, String> of(EventEnvelope envelope) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(SPEC_VERSION, SPEC_VERSION_VALUE);
        headers.put(ID, envelope.id().toString());
        headers.put(TYPE, envelope.type());
        headers.put(SOURCE, envelope.source());
        headers.put(TIME, envelope.time().toString());
        headers.put(SUBJECT, envelope.subject());
        headers.put(TENANT_ID, envelope.tenantId());
        headers.put(CONTENT_TYPE, JSON);
        return headers;
    }
}
