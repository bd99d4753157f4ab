package org.openrcm.plumbing.testapp;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.openrcm.events.payments.PaymentPosted;
import org.openrcm.plumbing.inbound.EventRoutes;
import org.openrcm.plumbing.inbound.InboundEventProcessor;

import io.smallrye.common.annotation.Blocking;

/** A consumer as the services write them: PaymentPosted v1 is handled, the topic's other events are skipped. */
@ApplicationScoped
public class TestEventsConsumer {

    public static final String CONSUMER = "plumbing-test.test-events";

    private final InboundEventProcessor processor;
    private final EventRoutes routes;

    TestEventsConsumer(InboundEventProcessor processor, TestEffects effects) {
        this.processor = processor;
        this.routes = EventRoutes.builder().on(PaymentPosted.class, effects::apply).build();
    }

    @Incoming("test-events")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        processor.process(CONSUMER, record, routes);
    }
}
