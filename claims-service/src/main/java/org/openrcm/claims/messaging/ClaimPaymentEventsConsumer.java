package org.openrcm.claims.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.openrcm.claims.domain.ClaimAdjudicationService;
import org.openrcm.events.payments.ClaimCorrectionRequested;
import org.openrcm.events.payments.ClaimDenied;
import org.openrcm.events.payments.PaymentPosted;
import org.openrcm.events.payments.PaymentReversed;
import org.openrcm.plumbing.inbound.EventRoutes;
import org.openrcm.plumbing.inbound.InboundEventProcessor;

import io.smallrye.common.annotation.Blocking;

/**
 * The payer's adjudication as payments-service posted it: payments, denials and reversals move claims on, and a
 * poster's request to correct a denial sends the claim to the rejection queue; the rest is skipped.
 */
@ApplicationScoped
public class ClaimPaymentEventsConsumer {

    /** Keys the inbox; never rename. */
    static final String CONSUMER = "claims-service.claim-payments";

    private final InboundEventProcessor processor;
    private final EventRoutes routes;

    ClaimPaymentEventsConsumer(InboundEventProcessor processor, ClaimAdjudicationService adjudications) {
        this.processor = processor;
        this.routes = EventRoutes.builder()
                .on(PaymentPosted.class, (envelope, event) -> adjudications.paymentPosted(event))
                .on(ClaimDenied.class, (envelope, event) -> adjudications.denied(event))
                .on(PaymentReversed.class, (envelope, event) -> adjudications.reversed(event))
                .on(ClaimCorrectionRequested.class, (envelope, event) -> adjudications.correctionRequested(event))
                .build();
    }

    /** A poll's records at a time: one inbox statement and one transaction per batch, poison isolated. */
    @Incoming("claim-payments")
    @Blocking
    public void consume(ConsumerRecords<String, byte[]> records) {
        processor.processBatch(CONSUMER, "claim-payments", records, routes);
    }
}
