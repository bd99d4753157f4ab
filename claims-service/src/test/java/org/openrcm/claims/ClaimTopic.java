package org.openrcm.claims;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Predicate;

import org.openrcm.deploy.infra.TopicProbe;
import org.openrcm.events.CloudEventHeaders;
import org.openrcm.events.EventCatalog;
import org.openrcm.events.EventJson;

/** Reading what claims-service published on {@code rcm.claims.claims}. */
public final class ClaimTopic {

    private ClaimTopic() {
    }

    public static Predicate<TopicProbe.Received> ofTenant(String tenant) {
        return record -> tenant.equals(record.header(CloudEventHeaders.TENANT_ID));
    }

    /** The event's name, e.g. ClaimCreated, from its CloudEvents type. */
    public static String type(TopicProbe.Received record) {
        return EventCatalog.byCeType(record.header(CloudEventHeaders.TYPE)).map(EventCatalog::eventName)
                .orElse(record.header(CloudEventHeaders.TYPE));
    }

    public static List<String> types(List<TopicProbe.Received> records) {
        return records.stream().map(ClaimTopic::type).toList();
    }

    public static <T> T read(TopicProbe.Received record, Class<T> type) {
        try {
            return EventJson.mapper().readValue(record.value(), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one record of the given event type; fails when there is none or more than one. */
    public static <T> T only(List<TopicProbe.Received> records, Class<T> type) {
        List<TopicProbe.Received> matching = records.stream()
                .filter(record -> type.getSimpleName().equals(type(record))).toList();
        if (matching.size() != 1) {
            throw new AssertionError("Expected one " + type.getSimpleName() + " but found " + matching.size()
                    + " among " + types(records));
        }
        return read(matching.get(0), type);
    }
}
