package org.openrcm.payments.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.openrcm.events.claims.ClaimSubmitted;
import org.openrcm.payments.domain.ExpectedClaimService;
import org.openrcm.plumbing.inbound.EventRoutes;
import org.openrcm.plumbing.inbound.InboundEventProcessor;

import io.smallrye.common.annotation.Blocking;

/** Claims as they go to payers ({@code rcm.claims.claims}): each submitted claim becomes an expected claim. */
@ApplicationScoped
public class ClaimEventsConsumer {

    static final String CONSUMER = "payments-service.claims"; // keys the inbox; never rename

    private final InboundEventProcessor processor;
    private final EventRoutes routes;

    ClaimEventsConsumer(InboundEventProcessor processor, ExpectedClaimService claims) {
        this.processor = processor;
        this.routes = EventRoutes.builder()
                .on(ClaimSubmitted.class, (envelope, event) -> claims.record(event))
                .build();
    }

    @Incoming("claims")
    @Blocking // ordered, on a worker thread: the handler runs a database transaction
    public void consume(ConsumerRecord<String, byte[]> record) {
        processor.process(CONSUMER, record, routes);
    }
}
