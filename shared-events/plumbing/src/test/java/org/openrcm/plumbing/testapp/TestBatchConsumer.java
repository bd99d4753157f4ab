package org.openrcm.plumbing.testapp;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.openrcm.events.payments.PaymentPosted;
import org.openrcm.plumbing.inbound.EventRoutes;
import org.openrcm.plumbing.inbound.InboundEventProcessor;

import io.smallrye.common.annotation.Blocking;

/** The batch-mode twin of {@link TestEventsConsumer}: the same routes, a batch per poll. */
@ApplicationScoped
public class TestBatchConsumer {

    public static final String CONSUMER = "plumbing-test.test-batch";
    public static final String CHANNEL = "test-batch";

    private final InboundEventProcessor processor;
    private final EventRoutes routes;

    TestBatchConsumer(InboundEventProcessor processor, TestEffects effects) {
        this.processor = processor;
        this.routes = EventRoutes.builder().on(PaymentPosted.class, effects::apply).build();
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecords<String, byte[]> records) {
        processor.processBatch(CONSUMER, CHANNEL, records, routes);
    }
}
