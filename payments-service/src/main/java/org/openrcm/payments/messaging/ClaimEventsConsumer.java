package org.openrcm.payments.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.openrcm.events.claims.ClaimCreated;
import org.openrcm.events.claims.ClaimSubmitted;
import org.openrcm.payments.claim.ExpectedClaimService;
import org.openrcm.plumbing.inbound.EventRoutes;
import org.openrcm.plumbing.inbound.InboundEventProcessor;

import io.smallrye.common.annotation.Blocking;

/** Claims as they go to payers ({@code rcm.claims.claims}): each created claim's lines and each
 * submitted claim become what remittances are matched against. */
@ApplicationScoped
public class ClaimEventsConsumer {

    static final String CONSUMER = "payments-service.claims"; // keys the inbox; never rename

    private final InboundEventProcessor processor;
    private final EventRoutes routes;

    ClaimEventsConsumer(InboundEventProcessor processor, ExpectedClaimService claims) {
        this.processor = processor;
        this.routes = EventRoutes.builder()
                .on(ClaimCreated.class, (envelope, event) -> claims.recordLines(event))
                .on(ClaimSubmitted.class, (envelope, event) -> claims.record(event))
                .build();
    }

    /** A poll's records at a time: one inbox statement and one transaction per batch, poison isolated. */
    @Incoming("claims")
    @Blocking
    public void consume(ConsumerRecords<String, byte[]> records) {
        processor.processBatch(CONSUMER, "claims", records, routes);
    }
}
