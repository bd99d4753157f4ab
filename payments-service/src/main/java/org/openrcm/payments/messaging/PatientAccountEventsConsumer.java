package org.openrcm.payments.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.openrcm.events.patientbilling.PatientPaymentReceived;
import org.openrcm.payments.patientpayment.PatientPaymentService;
import org.openrcm.plumbing.inbound.EventRoutes;
import org.openrcm.plumbing.inbound.InboundEventProcessor;

import io.smallrye.common.annotation.Blocking;

/** Patient accounts ({@code rcm.patient-billing.accounts}): the patients' payments post to the ledger; the rest is skipped. */
@ApplicationScoped
public class PatientAccountEventsConsumer {

    static final String CONSUMER = "payments-service.patient-accounts"; // keys the inbox; never rename

    private final InboundEventProcessor processor;
    private final EventRoutes routes;

    PatientAccountEventsConsumer(InboundEventProcessor processor, PatientPaymentService payments) {
        this.processor = processor;
        this.routes = EventRoutes.builder()
                .on(PatientPaymentReceived.class, (envelope, event) -> payments.post(event))
                .build();
    }

    @Incoming("patient-accounts")
    @Blocking // ordered, on a worker thread: the handler runs a database transaction
    public void consume(ConsumerRecord<String, byte[]> record) {
        processor.process(CONSUMER, record, routes);
    }
}
