package org.openrcm.deploy.stack;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.openrcm.events.CloudEventHeaders;
import org.openrcm.events.EventJson;

/**
 * The bench's view of the topics: events by type (for per-stage rates), each claim's encounter, when each claim was
 * adjudicated, the PatientResponsibilityDetermined events of each claim, events seen twice and records dead-lettered.
 * Reads headers, and the payload only of ClaimCreated, to stay light beside the pipeline it measures; reads from the
 * earliest offset (skipping other tenants' events by header) so that no event of the bench's tenants is missed.
 */
final class BenchTap extends TopicTap {

    /** A claim on its way through payments and patient billing. */
    static final class ClaimProgress {
        final String encounterId;
        long adjudicatedAtMillis;
        /** When the payer rejected it or the scrubber held it: it waits for a biller, the automated cycle ended. */
        long stoppedAtMillis;
        final List<String> responsibilityEventIds = new ArrayList<>();

        ClaimProgress(String encounterId) {
            this.encounterId = encounterId;
        }
    }

    private final Set<String> tenantIds;

    private final Map<String, Long> countsByType = new HashMap<>();
    private final Map<String, ClaimProgress> claims = new HashMap<>();
    private final Set<String> eventIds = new HashSet<>();
    /** Encounters sent to a coder instead of becoming claims, by encounter id, with when. */
    private final Map<String, Long> codingReviews = new HashMap<>();
    private int duplicates;
    private int deadLetters;

    BenchTap(String bootstrapServers, Collection<String> tenantIds) {
        super(bootstrapServers, "bench-tap");
        this.tenantIds = Set.copyOf(tenantIds);
        startPolling();
    }

    @Override
    protected synchronized void record(ConsumerRecord<String, byte[]> record) {
        String tenantId = header(record, CloudEventHeaders.TENANT_ID).orElse(null);
        if (DEAD_LETTER_TOPICS.contains(record.topic())) {
            if (tenantId == null || tenantIds.contains(tenantId)) {
                deadLetters++;
            }
            return;
        }
        if (tenantId == null || !tenantIds.contains(tenantId)) {
            return;
        }
        String type = CycleFigures.eventName(header(record, CloudEventHeaders.TYPE).orElse("(no ce_type)"));
        String id = header(record, CloudEventHeaders.ID).orElse("(no ce_id)");
        String subject = header(record, CloudEventHeaders.SUBJECT).orElse(record.key());
        if (!eventIds.add(id)) {
            duplicates++;
            return;
        }
        countsByType.merge(type, 1L, Long::sum);
        switch (type) {
            case "ClaimCreated" -> claims.putIfAbsent(subject, new ClaimProgress(encounterId(record)));
            case "PaymentPosted", "ClaimDenied" -> {
                ClaimProgress claim = claims.get(subject);
                if (claim != null && claim.adjudicatedAtMillis == 0) {
                    claim.adjudicatedAtMillis = System.currentTimeMillis();
                }
            }
            case "ClaimRejected", "ClaimScrubFailed" -> {
                ClaimProgress claim = claims.get(subject);
                if (claim != null && claim.stoppedAtMillis == 0) {
                    claim.stoppedAtMillis = System.currentTimeMillis();
                }
            }
            case "CodingReviewRequired" -> codingReviews.putIfAbsent(subject, System.currentTimeMillis());
            case "PatientResponsibilityDetermined" -> {
                ClaimProgress claim = claims.get(subject);
                if (claim != null) {
                    claim.responsibilityEventIds.add(id);
                }
            }
            default -> {
                // counted only
            }
        }
    }

    private static String encounterId(ConsumerRecord<String, byte[]> record) {
        try {
            return EventJson.mapper().readTree(record.value()).path("encounterId").asText();
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable ClaimCreated at " + record.topic() + "-" + record.partition()
                    + "@" + record.offset(), e);
        }
    }

    synchronized Map<String, Long> counts() {
        return Map.copyOf(countsByType);
    }

    synchronized long totalEvents() {
        return countsByType.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Runs {@code reader} on the claims under the tap's lock. */
    synchronized <T> T claims(Function<Map<String, ClaimProgress>, T> reader) {
        return reader.apply(claims);
    }

    synchronized Map<String, Long> codingReviews() {
        return Map.copyOf(codingReviews);
    }

    synchronized int duplicates() {
        return duplicates;
    }

    synchronized int deadLetters() {
        return deadLetters;
    }
}
