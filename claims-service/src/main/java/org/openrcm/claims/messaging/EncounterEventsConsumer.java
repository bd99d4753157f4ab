package org.openrcm.claims.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.openrcm.claims.domain.ClaimCreationService;
import org.openrcm.events.coding.EncounterCoded;
import org.openrcm.plumbing.inbound.EventRoutes;
import org.openrcm.plumbing.inbound.InboundEventProcessor;

import io.smallrye.common.annotation.Blocking;

/** Coded encounters become claims; the other encounter events are not claims' business and are skipped. */
@ApplicationScoped
public class EncounterEventsConsumer {

    /** Keys the inbox; never rename. */
    static final String CONSUMER = "claims-service.encounters";

    private final InboundEventProcessor processor;
    private final EventRoutes routes;

    EncounterEventsConsumer(InboundEventProcessor processor, ClaimCreationService claims) {
        this.processor = processor;
        this.routes = EventRoutes.builder()
                .on(EncounterCoded.class, (envelope, event) -> claims.create(event))
                .build();
    }

    /** A poll's records at a time: one inbox statement and one transaction per batch, poison isolated. */
    @Incoming("encounters")
    @Blocking
    public void consume(ConsumerRecords<String, byte[]> records) {
        processor.processBatch(CONSUMER, "encounters", records, routes);
    }
}
