package org.openrcm.patientbilling.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.openrcm.events.claims.ClaimCreated;
import org.openrcm.patientbilling.domain.AccountLedgerService;
import org.openrcm.plumbing.inbound.EventRoutes;
import org.openrcm.plumbing.inbound.InboundEventProcessor;

import io.smallrye.common.annotation.Blocking;

/** {@code rcm.claims.claims}: a created claim opens or updates the patient's account; other claim events are skipped. */
@ApplicationScoped
public class ClaimEventsConsumer {

    /** Keys the inbox; never rename. */
    static final String CONSUMER = "patient-billing-service.claims";

    private final InboundEventProcessor processor;
    private final EventRoutes routes;

    ClaimEventsConsumer(InboundEventProcessor processor, AccountLedgerService ledger) {
        this.processor = processor;
        this.routes = EventRoutes.builder()
                .on(ClaimCreated.class, (envelope, event) -> ledger.claimCreated(event))
                .build();
    }

    /** A poll's records at a time: one inbox statement and one transaction per batch, poison isolated. */
    @Incoming("claims")
    @Blocking
    public void consume(ConsumerRecords<String, byte[]> records) {
        processor.processBatch(CONSUMER, "claims", records, routes);
    }
}
