package org.openrcm.coding.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.openrcm.coding.queue.PayerReturnService;
import org.openrcm.events.claims.ClaimCreated;
import org.openrcm.events.claims.ClaimRejected;
import org.openrcm.events.payments.ClaimDenied;
import org.openrcm.plumbing.inbound.EventRoutes;
import org.openrcm.plumbing.inbound.InboundEventProcessor;

import io.smallrye.common.annotation.Blocking;

/**
 * Claims built from our encounters and the claims that come back: a rejection (clearinghouse or payer) or a denial
 * for a coding reason reopens the encounter in the coder work queue. De-duplicated by event id through the inbox.
 */
@ApplicationScoped
public class ClaimEventsConsumer {

    /** Keys the inbox; never rename. */
    static final String CLAIMS_CONSUMER = "coding-service.claims";
    static final String CLAIM_PAYMENTS_CONSUMER = "coding-service.claim-payments";

    private final InboundEventProcessor processor;
    private final EventRoutes claimRoutes;
    private final EventRoutes paymentRoutes;

    ClaimEventsConsumer(InboundEventProcessor processor, PayerReturnService returns) {
        this.processor = processor;
        this.claimRoutes = EventRoutes.builder()
                .on(ClaimCreated.class, (envelope, event) -> returns.claimCreated(event))
                .on(ClaimRejected.class, (envelope, event) -> returns.rejected(event))
                .build();
        this.paymentRoutes = EventRoutes.builder()
                .on(ClaimDenied.class, (envelope, event) -> returns.denied(event))
                .build();
    }

    @Incoming("claims")
    @Blocking
    public void consumeClaims(ConsumerRecords<String, byte[]> records) {
        processor.processBatch(CLAIMS_CONSUMER, "claims", records, claimRoutes);
    }

    @Incoming("claim-payments")
    @Blocking
    public void consumeClaimPayments(ConsumerRecords<String, byte[]> records) {
        processor.processBatch(CLAIM_PAYMENTS_CONSUMER, "claim-payments", records, paymentRoutes);
    }
}
